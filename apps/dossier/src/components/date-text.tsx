import type { DateView } from "@/lib/corpus";

/**
 * A date at the precision the record gives it, with that precision spelled out on hover where
 * it is anything but a plain day (a day printed in full says so itself).
 */
export function DateText({ date }: { date: DateView }) {
  const plainDay = date.precisionNote === "known to the day";
  return (
    <time dateTime={date.machine} {...(plainDay ? {} : { title: date.precisionNote })}>
      {date.label}
    </time>
  );
}
