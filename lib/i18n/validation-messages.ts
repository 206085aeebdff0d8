/**
 * The messages Duet's own schemas (lib/validation) and data layer write for a field, in Chinese.
 * zod's built-in messages come in the interface language from zod's locale (lib/actions); these are
 * the ones a schema words itself, so a Chinese interface shows them in Chinese too. A message with
 * a number or a list in it is matched by its pattern. An unknown message is shown as written.
 * tests/unit/i18n/validation-messages.test.ts checks every literal message of lib/validation is here.
 */
const exact: Readonly<Record<string, string>> = {
  'Use lowercase letters, digits and single dashes': '请使用小写字母、数字和单个连字符',
  'The file is empty': '文件是空的',
  'The file is larger than 5 MB': '文件超过 5 MB',
  'The file is larger than 50 MB': '文件超过 50 MB',
  'The file is larger than 10 MB; use the API for larger files': '文件超过 10 MB；更大的文件请用 API',
  'The file is binary, not Markdown text': '这是二进制文件，不是 Markdown 文本',
  'Untranslated must be omit or source': 'untranslated 只能是 omit 或 source',
  'Write a comment': '请填写评论',
  'Enter something to find': '请输入要查找的内容',
  'List at least one segment, or leave segmentIds out for the whole article': '请至少列出一个段落，或省略 segmentIds 以处理整篇文章',
  'Choose a CSV or TBX file': '请选择 CSV 或 TBX 文件',
  'Enter a word or phrase': '请输入一个词或短语',
  'Use at most 200 characters': '最多 200 个字符',
  'Give the text to look up as q': '请用 q 给出要查询的文字',
  'Choose a TMX file': '请选择 TMX 文件',
  'Name the repository': '请为仓库命名',
  'Use lowercase letters, digits, dashes and underscores': '请使用小写字母、数字、连字符和下划线',
  'Use a branch name such as main or duet/translations': '请填写分支名，例如 main 或 duet/translations',
  'Give the repository URL or path': '请填写仓库的 URL 或路径',
  'The URL must not contain spaces or control characters': 'URL 不能包含空格或控制字符',
  'Use an https://, ssh://, git:// or file:// URL, user@host:path, or an absolute path': '请使用 https://、ssh://、git:// 或 file:// URL，user@host:path，或绝对路径',
  'Give a glob for the English sources, such as *.md or _posts/*.md': '请填写英文原文的通配模式，例如 *.md 或 _posts/*.md',
  'The glob is relative to the repository, such as *.md or _posts/**/*.md': '通配模式相对于仓库根目录，例如 *.md 或 _posts/**/*.md',
  'At least 5 minutes': '至少 5 分钟',
  'Say what needs to change': '请说明需要修改什么',
  'Select at least one segment': '请至少选择一个段落',
  'from must be "memory" or "machine"': 'from 只能是 "memory" 或 "machine"',
  'Not an article id': '不是文章 ID',
  'A translation cannot contain control characters': '译文不能包含控制字符',
  'Enter a valid e-mail address': '请输入有效的电子邮件地址',
  'Use at least 10 characters': '至少 10 个字符',
  'Enter a name': '请输入名字',
  'Enter your current password': '请输入当前密码',
  'Choose a password different from the current one': '新密码不能与当前密码相同',
  'The new passwords do not match': '两次输入的新密码不一致',
  'Unknown check': '未知的检查',
  'Say why this finding is acceptable': '请说明为什么可以接受这条检查结果',
  'dryRun is 1 or 0': 'dryRun 只能是 1 或 0',
  'A run is 8 to 64 letters, digits or dashes': 'run 须为 8 到 64 个字母、数字或连字符',
  'The current password is incorrect': '当前密码不正确',
  'You cannot change your own role or disable yourself': '不能更改自己的角色或停用自己',
  'Change your own password on your account page': '请在账户页面修改自己的密码',
};

const patterns: ReadonlyArray<[RegExp, (...parts: string[]) => string]> = [
  [/^The front matter is broken: (.*)$/s, (problem) => `前置元数据有误：${problem}`],
  [/^Format must be one of: (.*)$/, (list) => `格式只能是以下之一：${list}`],
  [/^A comment can be at most (\d+) characters$/, (max) => `评论最多 ${max} 个字符`],
  [/^(.+) can be at most (\d+) characters$/, (field, max) => `${field} 最多 ${max} 个字符`],
  [/^Find at most (\d+) characters$/, (max) => `查找内容最多 ${max} 个字符`],
  [/^Replace with at most (\d+) characters$/, (max) => `替换内容最多 ${max} 个字符`],
  [/^List at most (\d+) segments$/, (max) => `最多列出 ${max} 个段落`],
  [/^Category must be one of: (.*)$/, (list) => `类别只能是以下之一：${list}`],
  [/^Severity must be one of: (.*)$/, (list) => `严重程度只能是以下之一：${list}`],
];

/** A field message of Duet's in Chinese, or the message itself when it is not one of Duet's. */
export function validationMessageInChinese(message: string): string {
  if (Object.hasOwn(exact, message)) return exact[message]!;
  for (const [pattern, word] of patterns) {
    const match = pattern.exec(message);
    if (match) return word(...match.slice(1));
  }
  return message;
}
