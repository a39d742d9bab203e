// Real git repositories built in a test: files written, committed, branched. Git runs
// without the user's or system config so results do not depend on the machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export class TestRepo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'arch-lint-git-'));
    if (!dir) this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: GIT_ENV }).trim();
  }

  /** Writes files (path → text; null deletes it; { link } makes a symlink). */
  write(files: Record<string, string | null | { link: string }>): this {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(this.dir, path);
      rmSync(abs, { force: true });
      if (content === null) continue;
      mkdirSync(dirname(abs), { recursive: true });
      if (typeof content === 'string') writeFileSync(abs, content);
      else symlinkSync(content.link, abs);
    }
    return this;
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message = 'change'): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  show(sha: string, path: string): string {
    return this.git('show', `${sha}:${path}`);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A Terraform RDS instance; `multiAz` undefined leaves the attribute out. */
export function rdsInstance(name: string, multiAz?: boolean, extra = ''): string {
  return [
    `resource "aws_db_instance" "${name}" {`,
    `  identifier              = "${name}"`,
    '  engine                  = "postgres"',
    '  instance_class          = "db.r6g.large"',
    '  allocated_storage       = 100',
    '  storage_encrypted       = true',
    ...(multiAz === undefined ? [] : [`  multi_az                = ${multiAz}`]),
    '  backup_retention_period = 7',
    '  deletion_protection     = true',
    ...(extra ? [extra] : []),
    '}',
    '',
  ].join('\n');
}
