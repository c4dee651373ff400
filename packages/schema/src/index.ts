export * from "./models/actor.js";
export * from "./models/anonymous-source.js";
export * from "./models/appearance.js";
export * from "./models/claim.js";
export * from "./models/claim-relation.js";
export * from "./models/claimant.js";
export * from "./models/date-basis.js";
export * from "./models/dated-fact.js";
export * from "./models/impact.js";
export * from "./models/incident.js";
export * from "./models/involvement.js";
export * from "./models/marking.js";
export * from "./models/redirect.js";
export * from "./models/related-incident.js";
export * from "./models/source.js";
export * from "./models/summary-sentence.js";
export * from "./models/timeline-entry.js";
export * from "./primitives/admiralty.js";
export * from "./primitives/country.js";
export * from "./primitives/id.js";
export * from "./primitives/language.js";
export * from "./primitives/partial-date.js";
export * from "./primitives/text.js";
export {
  findUnsafeCharacters,
  type TextOptions,
  type UnsafeCharacter,
} from "./primitives/unsafe-characters.js";
export * from "./primitives/url.js";
export { withArticle } from "./problems/article.js";
export * from "./problems/codes.js";
export { visibleText } from "./problems/escape.js";
export * from "./problems/format.js";
export * from "./problems/from-zod.js";
export * from "./problems/problem.js";
export { didYouMean } from "./problems/suggest.js";
export * from "./records.js";
export * from "./rules/index.js";
export * from "./rules/rule.js";
