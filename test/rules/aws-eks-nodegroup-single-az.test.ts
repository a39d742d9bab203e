import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-eks-nodegroup-single-az';

ruleTester('aws-eks-nodegroup-single-az', {
  valid: [`${dir}/pass/three-subnets.tf`, `${dir}/pass/unknown-subnets.tf`],
  invalid: [
    {
      path: `${dir}/fail/one-subnet.tf`,
      findings: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 49,
          resource: 'aws_eks_node_group.general',
          message: 'confined to one subnet',
        },
      ],
    },
    {
      // The single subnet is a module argument: reported at the call, where it is written.
      path: `${dir}/fail/module-argument`,
      findings: [
        {
          file: `${dir}/fail/module-argument/main.tf`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 44,
          resource: 'module.gpu_nodes.aws_eks_node_group.this',
        },
      ],
    },
  ],
});
