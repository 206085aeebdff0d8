/*
 * Deterministic English paragraphs and their (synthetic) Chinese translations for the memory
 * benchmark: sentences from a few grammatical templates over a vocabulary of about 700 words picked
 * with a Zipf-like skew, numbers, product names and code identifiers, so that some words are in
 * most entries and many are rare, as in real articles.
 */

function createRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    below: (limit: number) => Math.floor(next() * limit),
    chance: (probability: number) => next() < probability,
  };
}

export type Random = ReturnType<typeof createRandom>;

const words = (list: string) => list.trim().split(/\s+/);

const NOUNS = words(`model data layer attention token batch loss gradient weight decoder encoder sequence vector
  memory latency benchmark dataset prompt output input sample metric accuracy parameter network neuron function
  kernel tensor matrix pipeline server client request response cache queue thread process file system user
  developer team project library framework package module release version feature bug test result experiment
  image text audio video document page article paper author reader community language translation vocabulary
  sentence word paragraph context window head block residual embedding activation optimizer scheduler step epoch
  checkpoint hardware chip accelerator cluster node machine cloud budget cost price speed size quality baseline
  score evaluation leaderboard task domain distribution noise signal label annotation instruction preference
  reward policy agent environment action state trajectory rollout critic value method approach technique
  algorithm heuristic rule constraint objective regularization dropout normalization precision recall error
  failure success problem question answer example demo tutorial guide course lesson notebook script command
  terminal browser interface button screen setting option flag argument variable type class object instance
  method field record table column row query index database schema migration backup deployment container
  image registry endpoint route handler middleware proxy gateway token secret key permission role account
  license policy contributor maintainer reviewer issue discussion thread comment feedback proposal roadmap
  milestone deadline schedule meeting conference workshop talk slide poster figure chart plot curve axis`);
const VERBS = words(`train evaluate measure compare improve reduce increase load save run build deploy serve
  release publish write read translate review test fix debug profile optimize compress quantize distill prune
  fine-tune align sample generate predict classify detect segment retrieve rank filter sort merge split join
  cache store stream parse tokenize encode decode embed attend normalize scale shard replicate schedule
  monitor log trace report share discuss explain describe introduce propose show demonstrate suggest find
  observe notice learn understand capture represent approximate estimate compute process handle support
  enable allow prevent avoid require expect assume choose select prefer combine extend replace remove add`);
const ADJECTIVES = words(`large small fast slow new old simple complex efficient robust accurate noisy clean
  sparse dense open closed public private local remote early late recent previous next final initial main
  key important useful popular common rare typical specific general multilingual bilingual pretrained
  quantized distributed parallel sequential recurrent convolutional generative discriminative supervised
  unsupervised reinforced contrastive causal bidirectional autoregressive latent hidden visible stable
  unstable reliable expensive cheap lightweight heavy modern classic standard custom default optional
  required internal external global shared separate entire partial careful naive clever surprising obvious`);
const ADVERBS = words(`quickly slowly carefully easily roughly nearly almost significantly slightly often rarely
  usually always never sometimes already still again together directly automatically manually efficiently`);
const PREPOSITIONS = words('in on with for from into across through over under between during after before without within');
const NAMES = words(`PyTorch TensorFlow JAX CUDA Llama Mistral BERT GPT T5 Whisper CLIP Gemma Qwen Falcon Transformers
  Diffusers Accelerate Datasets Tokenizers Gradio Spaces Hub ONNX Triton Kubernetes Docker Python Rust Linux
  Ubuntu GitHub Slack Discord Jupyter NumPy pandas Arrow Parquet SQLite PostgreSQL Redis`);
const HANZI = '模型训练数据层注意力词元批次损失梯度权重解码器编码器序列向量推理内存延迟基准样本指标准确率参数的是在和了有我们可以这个网络函数服务请求文件系统用户团队项目版本功能测试结果实验图像文本音频文档页面文章作者读者社区语言翻译词汇句子段落上下文窗口'.split('');

/** Zipf-like: the first words of a list come up far more often than the last. */
const pick = (random: Random, list: readonly string[]) => list[Math.floor(list.length * random.next() ** 2.5)]!;

function third(verb: string) {
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
const past = (verb: string) => (verb.endsWith('e') ? `${verb}d` : `${verb}ed`);
const plural = (noun: string) => third(noun);
const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);

const TEMPLATES: Array<(random: Random) => string> = [
  (r) => `the ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)} ${third(pick(r, VERBS))} the ${pick(r, NOUNS)} ${pick(r, PREPOSITIONS)} a ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}`,
  (r) => `in ${2015 + r.below(10)}, ${pick(r, NAMES)} ${past(pick(r, VERBS))} a ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)} that ${third(pick(r, VERBS))} ${plural(pick(r, NOUNS))} ${pick(r, ADVERBS)}`,
  (r) => `we ${pick(r, VERBS)} the ${pick(r, NOUNS)} ${pick(r, PREPOSITIONS)} ${2 + r.below(998)} ${plural(pick(r, NOUNS))} to ${pick(r, VERBS)} its ${pick(r, NOUNS)}`,
  (r) => `this is why the ${pick(r, NOUNS)} ${pick(r, PREPOSITIONS)} ${pick(r, NAMES)} is more ${pick(r, ADJECTIVES)} than the ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}`,
  (r) => `${pick(r, ADVERBS)}, the ${pick(r, NOUNS)} of each ${pick(r, NOUNS)} ${third(pick(r, VERBS))} ${pick(r, PREPOSITIONS)} the ${pick(r, ADJECTIVES)} ${plural(pick(r, NOUNS))}`,
  (r) => `if you ${pick(r, VERBS)} a ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}, the ${pick(r, NOUNS)} will ${pick(r, VERBS)} ${pick(r, ADVERBS)}`,
  (r) => `you can ${pick(r, VERBS)} the ${pick(r, NOUNS)} with \`${pick(r, NOUNS)}_${pick(r, VERBS)}_${r.below(500)}\` and ${pick(r, VERBS)} the ${plural(pick(r, NOUNS))}`,
];

export function generateSentence(random: Random): string {
  let sentence = TEMPLATES[random.below(TEMPLATES.length)]!(random);
  if (random.chance(0.3)) sentence += `, which ${third(pick(random, VERBS))} the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`;
  if (random.chance(0.15)) sentence += ` ${pick(random, PREPOSITIONS)} ${pick(random, NAMES)} ${(random.below(40) / 10 + 1).toFixed(1)}`;
  return `${capitalize(sentence)}${random.chance(0.9) ? '.' : '?'}`;
}

export function generateParagraph(random: Random): string[] {
  return Array.from({ length: 1 + random.below(5) }, () => generateSentence(random));
}

/**
 * Words become two Han characters each (the same every time); numbers, code and product names stay,
 * set off by spaces, as translators keep them.
 */
export function translateSentence(sentence: string): string {
  const kept = new Set(NAMES);
  const words = sentence.split(' ').map((word) => {
    const [, body = '', end = ''] = /^(.*?)([,.?]?)$/.exec(word)!;
    const latin = body.startsWith('`') || /\d/.test(body) || kept.has(body);
    return { text: (latin ? body : hanziFor(body.toLowerCase())) + ({ ',': '，', '.': '。', '?': '？' }[end] ?? ''), latin };
  });
  const spaced = (index: number) => index > 0 && (words[index]!.latin || words[index - 1]!.latin) && !/[，。？]$/.test(words[index - 1]!.text);
  return words.map((word, index) => (spaced(index) ? ` ${word.text}` : word.text)).join('');
}

function hanziFor(word: string): string {
  let hash = 0;
  for (const char of word) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return HANZI[hash % HANZI.length]! + HANZI[(hash >>> 8) % HANZI.length]!;
}

/** `count` paragraphs (as lists of sentences) from a fixed seed: the same on every run. */
export function generateParagraphs(count: number, seed = 7): string[][] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => generateParagraph(random));
}

export { createRandom, NOUNS, VERBS };
