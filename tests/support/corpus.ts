// The corpus loader is shared with the benchmarks, which may not import tests.
export { loadCorpus, withoutTrailingSpaces, type Corpus, type CorpusFile, type CorpusPair } from '../../bench/lib/corpus.ts';
