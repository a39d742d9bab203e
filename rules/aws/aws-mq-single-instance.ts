// Amazon MQ brokers deployed as a single instance (the default).

import { defineRule } from '../../src/engine/rule.js';
import { asString, isUnknown } from '../../src/model/terraform/value.js';
import { setAttributeFix } from '../../src/model/terraform/edits.js';

/** The Multi-AZ deployment mode each engine supports. */
const MULTI_AZ_MODE: Record<string, string> = { activemq: 'ACTIVE_STANDBY_MULTI_AZ', rabbitmq: 'CLUSTER_MULTI_AZ' };

export default defineRule({
  meta: {
    id: 'aws-mq-single-instance',
    category: 'single-az-database',
    severity: 'warning',
    fixable: true,
    title: 'Amazon MQ brokers should not be single-instance',
    description:
      'Flags `aws_mq_broker` resources whose `deployment_mode` is `SINGLE_INSTANCE` or missing (the default). ' +
      'A single-instance broker lives in one AZ: an AZ outage stops every producer and consumer, and for RabbitMQ the messages on its volume are unreachable. ' +
      'Use `ACTIVE_STANDBY_MULTI_AZ` (ActiveMQ) or `CLUSTER_MULTI_AZ` (RabbitMQ, three nodes).',
    messages: {
      singleInstance:
        'MQ broker {resource} is a single instance ({state}): an AZ outage stops message delivery for every producer and consumer. Set deployment_mode = "{mode}" (with subnets in two or more AZs).',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const broker of stack.resourcesOfType('aws_mq_broker')) {
        const attr = broker.attr('deployment_mode');
        const value = attr?.value;
        if (value !== undefined && value !== null && (isUnknown(value) || asString(value) !== 'SINGLE_INSTANCE'))
          continue;
        const engine = (asString(broker.value('engine_type')) ?? '').toLowerCase();
        const mode = MULTI_AZ_MODE[engine];
        // mq.t3.micro brokers only run single-instance: the fix also needs a larger instance type.
        const micro = (asString(broker.value('host_instance_type')) ?? '').endsWith('.micro');
        context.report({
          messageId: 'singleInstance',
          data: {
            state:
              attr && value !== null
                ? 'deployment_mode = "SINGLE_INSTANCE"'
                : 'deployment_mode is not set and defaults to SINGLE_INSTANCE',
            mode: mode ?? 'ACTIVE_STANDBY_MULTI_AZ" or "CLUSTER_MULTI_AZ',
          },
          at: attr ?? broker,
          resource: broker.address,
          fix: mode && !micro ? setAttributeFix(broker, 'deployment_mode', `"${mode}"`) : undefined,
        });
      }
    }
  },
});
