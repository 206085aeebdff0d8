/** One translation file in a push: where it goes and whose work it is. */
export type PushedTranslation = { path: string; slug: string; title: string; translators: string[]; reviewers: string[] };

/**
 * The message of the commit a push makes: the articles in the subject, then one line per file with
 * its translators (and reviewers), so the repository's history credits the people who did the work.
 */
export function pushCommitMessage(files: readonly PushedTranslation[]): string {
  const slugs = files.map((file) => file.slug);
  const subject = slugs.length <= 3 ? slugs.join(', ') : `${slugs.slice(0, 3).join(', ')} and ${slugs.length - 3} more`;
  const lines = files.map((file) => {
    const people = [
      file.translators.length ? `translated by ${file.translators.join(', ')}` : 'translator not named',
      ...(file.reviewers.length ? [`reviewed by ${file.reviewers.join(', ')}`] : []),
    ];
    return `- ${file.path}: ${file.title} (${people.join('; ')})`;
  });
  return `Chinese translation: ${subject}\n\n${lines.join('\n')}\n\nWritten by Duet from each article's latest publication.\n`;
}
