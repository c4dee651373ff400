import type { DateView } from "@/lib/corpus";

/** A date at the precision the record gives it, with that precision spelled out on hover. */
export function DateText({ date }: { date: DateView }) {
  return (
    <time dateTime={date.machine} title={date.precisionNote}>
      {date.label}
    </time>
  );
}
