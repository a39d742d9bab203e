// Records, while lint runs, every Terraform resource type, attribute and nested block the
// built-in rules read, and which rule read it. Attribute and block reads come from the
// model's access hook (`record`, passed to lint or the model builder); the rule in charge and the type queries come from wrapping,
// for the duration of the recording only, each rule's `check` and the stack's type
// lookups — so no production code needs to know about rules being watched.

import type { Access, AccessRecorder } from '../../../src/model/terraform/access.js';
import type { Rule } from '../../../src/engine/rule.js';
import { Stack } from '../../../src/model/terraform/stack.js';
import type { TfResource } from '../../../src/model/terraform/types.js';

export interface RecordedRead extends Omit<Access, 'mode'> {
  /** `either`: a type lookup that matches resources and data sources alike. */
  mode: Access['mode'] | 'either';
  /** Rule ids that made this read ('(engine)' when no rule was running). */
  rules: Set<string>;
}

export const ENGINE = '(engine)';

export class ReadRecorder {
  readonly reads = new Map<string, RecordedRead>();
  private currentRule = ENGINE;
  /** Depth of engine-internal work the rules asked for but whose reads are not theirs. */
  private paused = 0;
  private active = false;

  /** The hook to build the model with: records only inside `during`. */
  readonly record: AccessRecorder = (access) => {
    if (this.active && this.paused === 0) this.add(access);
  };

  constructor(private readonly rules: readonly Rule<string, any>[]) {}

  /** Runs `work` with recording on, restoring every wrapped method afterwards. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    const restore: (() => void)[] = [];
    try {
      for (const rule of this.rules) restore.push(this.wrapRule(rule));
      restore.push(this.wrapStack());
      this.active = true;
      return await work();
    } finally {
      this.active = false;
      for (const undo of restore.reverse()) undo();
    }
  }

  private add(access: Omit<RecordedRead, 'rules'>): void {
    const key = `${access.mode}\u0000${access.resourceType}\u0000${access.blockPath.join('.')}\u0000${access.name ?? ''}`;
    let read = this.reads.get(key);
    if (!read) this.reads.set(key, (read = { ...access, blockPath: [...access.blockPath], rules: new Set() }));
    read.rules.add(this.currentRule);
  }

  private wrapRule(rule: Rule<string, any>): () => void {
    const original = rule.check;
    rule.check = (project, context) => {
      const outer = this.currentRule;
      this.currentRule = rule.meta.id;
      try {
        original.call(rule, project, context);
      } finally {
        this.currentRule = outer;
      }
    };
    return () => {
      rule.check = original;
    };
  }

  private wrapStack(): () => void {
    const proto = Stack.prototype;
    const { resourcesOfType, referrers } = proto;
    const self = this;
    proto.resourcesOfType = function (this: Stack, type: string) {
      self.add({ mode: 'managed', resourceType: type, blockPath: [] });
      return resourcesOfType.call(this, type);
    };
    // referrers() probes the target's identifying attributes (bucket, name, id, ...) by
    // design, whatever its type; what the rule asks for is the referring type's attribute.
    proto.referrers = function (this: Stack, target: TfResource, type: string, attr: string) {
      self.add({ mode: 'either', resourceType: type, blockPath: [], name: attr });
      self.paused++;
      try {
        return referrers.call(this, target, type, attr);
      } finally {
        self.paused--;
      }
    };
    return () => {
      proto.resourcesOfType = resourcesOfType;
      proto.referrers = referrers;
    };
  }
}
