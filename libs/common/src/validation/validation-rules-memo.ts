import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type RulesLookup = MetadataStorage['getTargetValidationMetadatas'];

let remembered = false;

/**
 * class-validator works out a class's rules on every validation of an object of it, walking the rules
 * of every validated class in the process (an `instanceof` test per class, for inherited rules): with
 * this codebase's hundreds of DTOs that was the largest single cost in the gateway's and the catalog's
 * profiles under rating writes (8–10 % of each process's time). The answer changes only when a rule is
 * added (decorators run at import), so it is kept per class and arguments and forgotten whenever a
 * rule is added. The storage is process-global (class-validator keeps it on `globalThis`); installed once.
 */
export function rememberValidationRules(): void {
  if (remembered) return;
  remembered = true;
  const storage = getMetadataStorage();
  const lookup: RulesLookup = storage.getTargetValidationMetadatas.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  let known = new WeakMap<object, Map<string, ReturnType<RulesLookup>>>();
  storage.addValidationMetadata = (metadata) => {
    known = new WeakMap();
    addRule(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let ofTarget = known.get(target);
    if (!ofTarget) known.set(target, (ofTarget = new Map()));
    let rules = ofTarget.get(key);
    if (!rules) ofTarget.set(key, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
