/** A short article using every block kind, shared by the segmenter tests and the benchmark. */
export const ARTICLE = `---
title: "Shipping a tiny model"
date: 2024-05-01
authors:
- user: ada
description: A short tour of the release.
---

# Shipping a tiny model

We trained a **small** model on 3 GPUs.
It fits on a phone.

- First item
- Second item
  - nested detail stays inside
- Third item

1. Ordered one
2. Ordered two

> Quotes are prose too.

| Model | Size |
| ----- | ---- |
| tiny  | 10M  |

![A chart of loss over time](/assets/loss.png)

[![Badge](https://example.com/badge.svg)](https://example.com)

\`\`\`python
print("hello")
\`\`\`

<div align="center">
  <img src="/assets/figure.png">
</div>

$$
E = mc^2
$$

---

[ref]: https://example.com/reference
`;
