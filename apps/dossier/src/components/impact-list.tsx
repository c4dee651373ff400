import type { ImpactView } from "@/lib/corpus";
import { ClaimRefs } from "./claim-refs";
import { DateText } from "./date-text";

/** Effects on relationships; `by` chooses whether each names its relationship or its incident. */
export function ImpactList({
  impacts,
  by,
  numbers,
}: {
  impacts: readonly ImpactView[];
  by: "relationship" | "incident";
  numbers?: Readonly<Record<string, number>>;
}) {
  return (
    <ul className="impact-list">
      {impacts.map((impact, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: impacts have no id; this server-rendered list keeps record order and never changes
          key={i}
          className={`impact impact--${impact.effect}`}
          data-rests-on={impact.claims.map((claim) => claim.id).join(" ")}
        >
          <p className="impact__head">
            {by === "relationship" ? (
              <a href={impact.relationship.href}>{impact.relationship.label}</a>
            ) : (
              <a href={impact.incident.href}>{impact.incident.title}</a>
            )}
            :{" "}
            <span
              className={`certainty certainty--${impact.certainty}`}
              title={impact.certaintyMeaning}
            >
              {impact.certaintyLabel}
            </span>{" "}
            <span className="effect">{impact.effectLabel.toLowerCase()}</span>
            {(impact.from || impact.to) && (
              <span className="impact__when">
                {" "}
                ({impact.from ? <DateText date={impact.from} /> : "from an unknown date"}
                {impact.to ? (
                  <>
                    {" "}
                    to <DateText date={impact.to} />
                  </>
                ) : (
                  ""
                )}
                )
              </span>
            )}
          </p>
          <p className="impact__description">{impact.description}</p>
          <p className="impact__basis">
            <ClaimRefs claims={impact.claims} {...(numbers === undefined ? {} : { numbers })} />
            {impact.claimGrades.length > 0 && (
              <span className="impact__grades">
                {" "}
                ({impact.certaintyMeaning}; graded {impact.claimGrades.join(", ")} for credibility,
                1–6)
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
