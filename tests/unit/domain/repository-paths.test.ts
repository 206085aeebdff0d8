import { describe, expect, it } from 'vitest';
import { pushCommitMessage } from '@/lib/domain/repo/commit-message.ts';
import { scrubCredentials, secretsOfUrl } from '@/lib/domain/repo/credentials.ts';
import { repositorySlugFor, sourcePathsAmong, translationPathFor, translationTemplateProblem } from '@/lib/domain/repo/repository-paths.ts';

describe('translation paths', () => {
  it('fills {name} and {dir} from the source path', () => {
    expect(translationPathFor('zh/{name}.md', 'agents.md')).toBe('zh/agents.md');
    expect(translationPathFor('zh/{name}.md', 'posts/agents.md')).toBe('zh/agents.md');
    expect(translationPathFor('{dir}/zh/{name}.md', '_posts/2024-01-02-agents.md')).toBe('_posts/zh/2024-01-02-agents.md');
    expect(translationPathFor('{dir}/zh/{name}.md', 'agents.md')).toBe('zh/agents.md');
    expect(translationPathFor('zh/{name}.zh.markdown', 'a.b.md')).toBe('zh/a.b.zh.markdown');
  });

  it('never leaves the repository', () => {
    expect(translationPathFor('{dir}/../{name}.md', 'agents.md')).toBeNull();
    expect(translationPathFor('{name}', '..')).toBeNull();
    expect(translationTemplateProblem('../zh/{name}.md')).toMatch(/inside the repository/);
    expect(translationTemplateProblem('/zh/{name}.md')).toMatch(/inside the repository/);
    expect(translationTemplateProblem('zh/post.md')).toMatch(/\{name\}/);
    expect(translationTemplateProblem('zh/{name}-{slug}.md')).toMatch(/not \{slug\}/);
    expect(translationTemplateProblem('{dir}/zh/{name}.md')).toBeNull();
  });

  it('makes the slug from the file name: lowercased, with dashes', () => {
    expect(repositorySlugFor('Tokens_Explained.md')).toBe('tokens-explained');
    expect(repositorySlugFor('_posts/2024-01-02 Agents in Practice.markdown')).toBe('2024-01-02-agents-in-practice');
  });

  it('does not take a translation matched by the glob for a source', () => {
    // zh/notes.md is its own translation path: pushing would overwrite the English.
    expect(sourcePathsAmong(['zh/agents.md', 'agents.md', 'tokens.md', 'zh/notes.md'], 'zh/{name}.md')).toEqual(['agents.md', 'tokens.md']);
    expect(sourcePathsAmong(['_posts/a.md', '_posts/zh/a.md'], '{dir}/zh/{name}.md')).toEqual(['_posts/a.md']);
  });
});

describe('credentials', () => {
  it('scrubs user information from every URL and each known secret', () => {
    const url = 'https://bot:gh%2Fsecret99@example.org/org/blog.git';
    const secrets = secretsOfUrl(url);
    expect(secrets).toContain('gh/secret99');
    const message = `fatal: unable to access '${url}/': token gh/secret99 rejected`;
    const scrubbed = scrubCredentials(message, secrets);
    expect(scrubbed).toBe("fatal: unable to access 'https://***@example.org/org/blog.git/': token *** rejected");
    expect(scrubCredentials('ssh://git@example.org/blog.git')).toBe('ssh://***@example.org/blog.git');
    expect(scrubCredentials('/srv/git/blog.git')).toBe('/srv/git/blog.git');
    expect(secretsOfUrl('/srv/git/blog.git')).toEqual([]);
  });
});

describe('the commit message', () => {
  it('names the articles and their translators and reviewers', () => {
    const message = pushCommitMessage([
      { path: 'zh/agents.md', slug: 'agents', title: 'Agents', translators: ['Wei', 'Ming'], reviewers: ['Lin'] },
      { path: 'zh/tokens.md', slug: 'tokens', title: 'Tokens', translators: [], reviewers: [] },
    ]);
    expect(message.split('\n')[0]).toBe('Chinese translation: agents, tokens');
    expect(message).toContain('- zh/agents.md: Agents (translated by Wei, Ming; reviewed by Lin)');
    expect(message).toContain('- zh/tokens.md: Tokens (translator not named)');
  });
});
