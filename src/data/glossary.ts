import { caseStudyBySlug, caseStudyPath } from './caseStudies';
import { frameworkStepById } from './framework';
import { operationsPages, operationsPath, type OperationsPageId } from './operations';
import { sectionLabel, type SectionId } from './chapterContract';

/**
 * The glossary: every term the companion defines, in two sentences, with links
 * to where the site treats it in depth. The glossary page renders this module;
 * nothing else restates a definition.
 *
 * Definitions are exactly two sentences (the test counts them), so they avoid
 * dotted abbreviations such as "e.g." and "et al." that would read as a
 * sentence end. Links go only to anchors that are guaranteed to exist: the
 * sixteen section ids of a chapter, the metric ids of the metrics reference,
 * and whole framework and operations pages.
 */

export const GLOSSARY_CATEGORIES = ['retrieval', 'ranking', 'embeddings', 'training', 'evaluation', 'serving', 'operations', 'data', 'responsible-ml'] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<GlossaryCategory, string>> = {
  retrieval: 'Retrieval',
  ranking: 'Ranking',
  embeddings: 'Embeddings',
  training: 'Training and modeling',
  evaluation: 'Evaluation and experiments',
  serving: 'Serving',
  operations: 'Operations',
  data: 'Data and labels',
  'responsible-ml': 'Responsible ML',
};

export interface GlossaryLink {
  label: string;
  /** A site path under /docs/, with an anchor for chapter sections and metrics. */
  to: string;
}

export interface GlossaryTerm {
  /** The anchor on the glossary page: lowercase kebab-case, never renamed once published. */
  id: string;
  term: string;
  /** Other names readers search for (abbreviations, older names); shown and matched by the filter. */
  aliases?: readonly string[];
  category: GlossaryCategory;
  /** Exactly two sentences: what it is, then why it matters or when it bites. */
  definition: string;
  /** Where the site explains the term in depth, best first; at least one. */
  seeAlso: readonly GlossaryLink[];
}

type FrameworkPage = 'data-preparation' | 'model-development' | 'evaluation' | 'serving' | 'monitoring';

/** A section of a case-study chapter; the chapter's title comes from its metadata. */
function chapter(slug: string, section: SectionId): GlossaryLink {
  return { label: `${caseStudyBySlug(slug).title}: ${sectionLabel(section)}`, to: caseStudyPath(slug, section) };
}

/** A metric on the metrics reference; `name` is how the label reads. */
function metric(id: string, name: string): GlossaryLink {
  return { label: `Metrics: ${name}`, to: `/docs/reference/metrics#${id}` };
}

function operations(id: OperationsPageId): GlossaryLink {
  const page = operationsPages.find((entry) => entry.id === id);
  return { label: `Operations: ${page?.title ?? id}`, to: operationsPath(id) };
}

function framework(page: FrameworkPage): GlossaryLink {
  return { label: `Framework: ${frameworkStepById(page).title}`, to: `/docs/framework/${page}` };
}

export const glossary: readonly GlossaryTerm[] = [
  // Retrieval
  {
    id: 'candidate-generation',
    term: 'Candidate generation',
    aliases: ['retrieval stage', 'candidate retrieval'],
    category: 'retrieval',
    definition:
      'The first stage of a search or recommendation funnel, which cuts a corpus of millions or billions of items down to a few hundred or thousand plausible ones within tens of milliseconds. It is judged by recall rather than precision, because an item it drops can never be rescued by the ranker.',
    seeAlso: [chapter('video-recommendation', 'model'), chapter('news-feed', 'model')],
  },
  {
    id: 'multi-stage-funnel',
    term: 'Multi-stage funnel',
    aliases: ['ranking cascade', 'pre-ranker'],
    category: 'retrieval',
    definition:
      'An architecture that chains ever more expensive models over ever fewer items: retrieval, a light pre-ranker, a heavy ranker, then re-ranking for list-level rules. Each stage buys the next one a smaller candidate set, so the knobs you tune are the latency budget per stage and the recall lost at each cut.',
    seeAlso: [chapter('news-feed', 'model'), chapter('video-recommendation', 'serving')],
  },
  {
    id: 'two-tower',
    term: 'Two-tower model',
    aliases: ['dual encoder', 'bi-encoder'],
    category: 'retrieval',
    definition:
      'A retrieval model with one network for the user or query and another for the item, trained so that the dot product of their embeddings scores relevance. Item embeddings can be computed offline and loaded into an ANN index, which is the whole point, but the price is that no feature can look at the user and the item together.',
    seeAlso: [chapter('video-recommendation', 'model'), chapter('news-feed', 'model'), chapter('video-search', 'model')],
  },
  {
    id: 'approximate-nearest-neighbor',
    term: 'Approximate nearest neighbor search',
    aliases: ['ANN', 'vector search'],
    category: 'retrieval',
    definition:
      'Finding the vectors closest to a query without comparing it with every vector in the corpus, trading a little recall for orders of magnitude less latency and compute. Every embedding-based retrieval system at scale depends on it, and the recall it gives up stays invisible unless you measure it against exact search.',
    seeAlso: [chapter('visual-search', 'serving'), chapter('video-search', 'serving')],
  },
  {
    id: 'hnsw',
    term: 'HNSW',
    aliases: ['hierarchical navigable small world'],
    category: 'retrieval',
    definition:
      'Hierarchical navigable small world is a graph index in which every vector links to near neighbors on several layers, and a search walks greedily from a sparse top layer down to the dense bottom one (Malkov and Yashunin). It gives high recall at low latency and accepts inserts, but the links cost memory on top of the vectors and deletions are awkward.',
    seeAlso: [chapter('visual-search', 'serving'), chapter('similar-listings', 'serving'), chapter('video-search', 'serving')],
  },
  {
    id: 'ivf-index',
    term: 'Inverted file index (IVF)',
    aliases: ['IVF', 'IVF-PQ'],
    category: 'retrieval',
    definition:
      'An ANN index that clusters the vectors with k-means and, at query time, scans only the few clusters whose centroids lie closest to the query. It is frugal with memory and pairs naturally with product quantization, and the number of clusters probed (nprobe) is the knob that trades recall for latency.',
    seeAlso: [chapter('visual-search', 'serving'), chapter('visual-search', 'scale')],
  },
  {
    id: 'product-quantization',
    term: 'Product quantization',
    aliases: ['PQ'],
    category: 'retrieval',
    definition:
      'A compression scheme that splits each vector into sub-vectors and replaces every sub-vector with the id of its nearest centroid in a small codebook, so hundreds of floats shrink to tens of bytes (Jégou, Douze and Schmid, 2011). Distances come from lookup tables over the codes, which is fast but approximate, so systems usually re-score the top results with fuller vectors.',
    seeAlso: [chapter('visual-search', 'serving'), chapter('video-recommendation', 'scale'), chapter('video-search', 'scale')],
  },
  {
    id: 'ann-recall',
    term: 'ANN recall',
    aliases: ['index recall'],
    category: 'retrieval',
    definition:
      'The share of the true nearest neighbors, found by exact brute-force search, that the approximate index actually returns on a sample of queries. Check it on every index build and parameter change, because a silent drop caps the recall of the whole system however good the model is.',
    seeAlso: [chapter('visual-search', 'operations'), chapter('visual-search', 'evaluation'), chapter('video-search', 'operations')],
  },
  {
    id: 'delta-index',
    term: 'Delta index',
    aliases: ['fresh index', 'realtime index'],
    category: 'retrieval',
    definition:
      'A small, frequently rebuilt index holding the items added since the main index was built, queried next to it and merged at read time. It is how a system serves items uploaded minutes ago without rebuilding a billion-vector index every few minutes.',
    seeAlso: [chapter('video-search', 'serving'), chapter('news-feed', 'serving')],
  },
  {
    id: 'inverted-index',
    term: 'Inverted index',
    category: 'retrieval',
    definition:
      'A map from each term to the list of documents that contain it, which is what lets lexical search find matches in a huge corpus within milliseconds. It remains the workhorse for exact words, names and rare tokens, the queries that embedding retrieval tends to blur.',
    seeAlso: [chapter('video-search', 'data'), chapter('video-search', 'model')],
  },
  {
    id: 'bm25',
    term: 'BM25',
    aliases: ['Okapi BM25', 'lexical retrieval'],
    category: 'retrieval',
    definition:
      'A lexical relevance score that sums, over the query terms, inverse document frequency times a term-frequency factor that saturates (parameter k1) and is normalized by document length (parameter b). It is a cheap, strong baseline that beats many dense models on rare terms and exact names, which is why hybrid systems keep it.',
    seeAlso: [chapter('video-search', 'model'), chapter('video-search', 'data')],
  },
  {
    id: 'hybrid-retrieval',
    term: 'Hybrid retrieval',
    aliases: ['hybrid search'],
    category: 'retrieval',
    definition:
      'Running lexical retrieval over an inverted index and dense embedding retrieval side by side, then merging their candidates. The two fail on different queries, so the union has higher recall than either, provided the merge does not let one source crowd out the other.',
    seeAlso: [chapter('video-search', 'model'), chapter('video-search', 'serving')],
  },
  {
    id: 'reciprocal-rank-fusion',
    term: 'Reciprocal rank fusion',
    aliases: ['RRF'],
    category: 'retrieval',
    definition:
      "A way to merge ranked lists by giving each item the sum, over the lists, of one divided by a constant k plus its rank, with k set to 60 in the original paper (Cormack, Clarke and Buettcher, SIGIR 2009). It needs no calibration between the sources' scores, which makes it the default first fusion method for hybrid search.",
    seeAlso: [chapter('video-search', 'model'), chapter('video-search', 'self-check')],
  },
  {
    id: 'collaborative-filtering',
    term: 'Collaborative filtering',
    category: 'retrieval',
    definition:
      'Recommending from the pattern of who engaged with what, on the premise that users who agreed in the past will agree again, without needing to understand the items themselves. It is powerful once interactions exist and useless before they do, which is the cold-start problem in one line.',
    seeAlso: [chapter('event-recommendation', 'framing'), chapter('video-recommendation', 'pitfalls')],
  },
  {
    id: 'matrix-factorization',
    term: 'Matrix factorization',
    category: 'retrieval',
    definition:
      'Learning one low-dimensional vector per user and per item so that their dot product reconstructs the observed interaction matrix. It is the classic collaborative-filtering model and the ancestor of the two-tower model, which replaces the per-id vectors with networks over features so that new ids still get an embedding.',
    seeAlso: [chapter('video-recommendation', 'model'), framework('model-development')],
  },
  {
    id: 'content-based-filtering',
    term: 'Content-based filtering',
    category: 'retrieval',
    definition:
      "Recommending items whose attributes (text, category, image embedding) resemble those of items the user liked, using item content instead of other users' behavior. It handles brand-new items well but tends to serve more of the same, so production systems blend it with collaborative signals.",
    seeAlso: [chapter('event-recommendation', 'model'), chapter('video-recommendation', 'model')],
  },
  {
    id: 'friends-of-friends',
    term: 'Friends of friends',
    aliases: ['FoF', 'two-hop candidates', 'mutual connections'],
    category: 'retrieval',
    definition:
      "Candidate generation for people recommendation that takes the connections of a user's connections, usually ranked by the number of mutual connections. It captures most future connections because triadic closure is strong in social graphs, but the two-hop neighborhood of a well-connected user explodes and must be sampled or capped.",
    seeAlso: [chapter('people-you-may-know', 'model'), chapter('people-you-may-know', 'data')],
  },

  // Ranking
  {
    id: 'learning-to-rank',
    term: 'Learning to rank',
    aliases: ['LTR'],
    category: 'ranking',
    definition:
      'Training a model whose goal is the order of a list rather than the accuracy of each score, using a pointwise, pairwise or listwise loss. Say which of the three you use and why, because the choice decides which labels you need and which metric the loss approximates.',
    seeAlso: [chapter('event-recommendation', 'model'), chapter('event-recommendation', 'framing')],
  },
  {
    id: 'pointwise-ranking',
    term: 'Pointwise ranking',
    aliases: ['pointwise learning to rank'],
    category: 'ranking',
    definition:
      'Scoring each item on its own with a classification or regression loss, such as predicting the probability of a click, and sorting by that score. It is simple, scales to huge logs and yields calibrated probabilities that can be multiplied by bids or combined across objectives, but it never sees the list it ranks.',
    seeAlso: [chapter('event-recommendation', 'model'), chapter('ad-click-prediction', 'model')],
  },
  {
    id: 'pairwise-ranking',
    term: 'Pairwise ranking',
    aliases: ['RankNet', 'pairwise learning to rank'],
    category: 'ranking',
    definition:
      'Training on pairs of items for the same query or user and penalizing the model whenever it scores the less relevant item higher, as RankNet does with a logistic loss on the score difference. It matches the ranking goal better than a pointwise loss, but the scores lose their meaning as probabilities and the number of pairs grows quickly.',
    seeAlso: [chapter('event-recommendation', 'model')],
  },
  {
    id: 'listwise-ranking',
    term: 'Listwise ranking',
    aliases: ['ListNet', 'listwise learning to rank'],
    category: 'ranking',
    definition:
      "Defining the loss over a whole ranked list, either directly as in ListNet's softmax over the list or by weighting pairs by their effect on a list metric such as NDCG. It optimizes closest to what users see, at the cost of grouping training data by query and of harder debugging.",
    seeAlso: [chapter('event-recommendation', 'model')],
  },
  {
    id: 'lambdamart',
    term: 'LambdaMART',
    category: 'ranking',
    definition:
      "Gradient-boosted decision trees trained with LambdaRank gradients, where each pair's gradient is scaled by how much swapping the pair would change NDCG (Burges, Microsoft Research, 2010). It is the strongest learning-to-rank baseline on hand-built tabular features and a sound first production ranker.",
    seeAlso: [chapter('event-recommendation', 'model'), chapter('event-recommendation', 'serving')],
  },
  {
    id: 'gradient-boosted-trees',
    term: 'Gradient-boosted decision trees',
    aliases: ['GBDT', 'XGBoost', 'LightGBM'],
    category: 'ranking',
    definition:
      'An ensemble of shallow decision trees added one at a time, each fitted to the gradient of the loss of the ensemble so far. It handles heterogeneous tabular features with little preprocessing and is hard to beat on them, but it cannot learn embeddings for high-cardinality ids or read raw text and images.',
    seeAlso: [chapter('event-recommendation', 'model'), chapter('similar-listings', 'model')],
  },
  {
    id: 'factorization-machine',
    term: 'Factorization machine',
    aliases: ['FM'],
    category: 'ranking',
    definition:
      'A model that adds to a linear model every pairwise feature interaction, each weighted by the dot product of two learned latent vectors, so pairs never seen together in training still get sensible weights (Rendle, ICDM 2010). It is the classic sparse-feature CTR model and the conceptual parent of the interaction layers in later deep rankers.',
    seeAlso: [chapter('ad-click-prediction', 'model')],
  },
  {
    id: 'wide-and-deep',
    term: 'Wide and deep model',
    aliases: ['Wide & Deep'],
    category: 'ranking',
    definition:
      'A ranker that sums a linear part over sparse, hand-crossed features, which memorizes, and a deep network over embeddings, which generalizes, trained jointly (Cheng and colleagues, Google, 2016). It showed that both halves help, and later models such as DCN replaced the hand-made crosses with learned ones.',
    seeAlso: [chapter('ad-click-prediction', 'model')],
  },
  {
    id: 'dcn',
    term: 'Deep and cross network (DCN)',
    aliases: ['DCN', 'DCN-V2', 'cross network'],
    category: 'ranking',
    definition:
      "A ranker whose cross layers multiply the input vector by a learned projection of the previous layer's output, so each cross layer raises the degree of feature interaction by one, alongside an ordinary deep network (Wang and colleagues, 2017, and DCN-V2, 2021). It learns bounded-degree crosses explicitly and cheaply, which makes it a common answer for CTR prediction.",
    seeAlso: [chapter('ad-click-prediction', 'model')],
  },
  {
    id: 'dlrm',
    term: 'DLRM',
    aliases: ['deep learning recommendation model'],
    category: 'ranking',
    definition:
      "Facebook's deep learning recommendation model (Naumov and colleagues, 2019): embeddings for sparse features, a bottom MLP for dense ones, dot products between every pair of the resulting vectors, and a top MLP on the result. Its memory is dominated by embedding tables, so training shards the tables across devices while the MLPs run data parallel.",
    seeAlso: [chapter('ad-click-prediction', 'model'), chapter('ad-click-prediction', 'scale')],
  },
  {
    id: 'feature-cross',
    term: 'Feature cross',
    aliases: ['feature crosses', 'feature interaction'],
    category: 'ranking',
    definition:
      'A feature built from a combination of two or more features, such as country with app category, so a model can learn effects that neither carries alone. Hand-made crosses explode the feature count and need hashing, which is why factorization machines and DCN learn the crosses instead.',
    seeAlso: [chapter('ad-click-prediction', 'model'), chapter('ad-click-prediction', 'data')],
  },
  {
    id: 'multi-task-learning',
    term: 'Multi-task learning',
    aliases: ['MTL', 'multi-head ranker'],
    category: 'ranking',
    definition:
      'Training one network with several heads that predict related outcomes (click, like, share, watch time) from a shared representation, then combining the heads into one ranking score. Sparse tasks borrow signal from dense ones and serving runs one model instead of several, but tasks that conflict can drag each other down, which is called negative transfer.',
    seeAlso: [chapter('news-feed', 'model'), chapter('video-recommendation', 'model'), chapter('harmful-content-detection', 'model')],
  },
  {
    id: 'mmoe',
    term: 'Multi-gate mixture of experts (MMoE)',
    aliases: ['MMoE', 'mixture of experts'],
    category: 'ranking',
    definition:
      'A multi-task architecture in which several expert networks are shared and each task has its own gating network that weights the experts per example (Ma and colleagues, KDD 2018). It lets loosely related tasks share less than a single shared bottom would, which reduces negative transfer between them.',
    seeAlso: [chapter('news-feed', 'model'), chapter('video-recommendation', 'model')],
  },
  {
    id: 'value-model',
    term: 'Value model',
    aliases: ['weighted score', 'value score'],
    category: 'ranking',
    definition:
      "A formula that combines the probabilities from a multi-task ranker's heads (like, comment, share, hide) into one ranking score with business weights. The weights encode product decisions rather than learned facts, so they are tuned with online experiments and revisited whenever a head is recalibrated.",
    seeAlso: [chapter('news-feed', 'model'), chapter('video-recommendation', 'model')],
  },
  {
    id: 'cross-encoder',
    term: 'Cross-encoder',
    category: 'ranking',
    definition:
      'A model that reads the query and the candidate together, so every layer can attend across both, and outputs a single relevance score. It is usually far more accurate than a two-tower model and far too slow to run over a corpus, so it only re-ranks the top few dozen candidates.',
    seeAlso: [chapter('video-search', 'model'), chapter('video-search', 'serving')],
  },
  {
    id: 're-ranking',
    term: 'Re-ranking',
    aliases: ['reranking', 'diversity'],
    category: 'ranking',
    definition:
      "The last stage of a funnel, which reorders the ranker's top results to meet goals a per-item score cannot express: diversity, freshness, deduplication, fairness and policy rules. It is usually a set of rules or a light model over the whole list, and it is where most business constraints belong.",
    seeAlso: [chapter('news-feed', 'model'), chapter('video-recommendation', 'model'), chapter('similar-listings', 'serving')],
  },
  {
    id: 'maximal-marginal-relevance',
    term: 'Maximal marginal relevance',
    aliases: ['MMR'],
    category: 'ranking',
    definition:
      'A greedy re-ranking rule that picks, at each step, the item with the best trade-off between its relevance and its highest similarity to the items already picked, weighted by a parameter lambda. It is the simplest credible answer to a diversity follow-up, and its cost grows with the number of candidates times the length of the list.',
    seeAlso: [chapter('video-recommendation', 'model'), chapter('video-recommendation', 'serving')],
  },
  {
    id: 'position-bias',
    term: 'Position bias',
    category: 'ranking',
    definition:
      'Users click items near the top of a list more often whatever their relevance, so logged clicks mix what was good with where it was shown. Trained on raw clicks, a model learns to copy the previous ranking, so add position as a training feature fixed to one value at serving, or weight examples by their estimated chance of being examined.',
    seeAlso: [chapter('video-recommendation', 'operations'), chapter('video-search', 'data'), chapter('news-feed', 'model')],
  },

  // Embeddings
  {
    id: 'embedding',
    term: 'Embedding',
    category: 'embeddings',
    definition:
      'A dense vector learned so that closeness in space reflects a useful notion of similarity, such as co-engagement or visual likeness. What counts as similar is set entirely by the training signal, so two embeddings of the same item from different objectives are not interchangeable.',
    seeAlso: [chapter('visual-search', 'model'), chapter('similar-listings', 'model')],
  },
  {
    id: 'embedding-table',
    term: 'Embedding table',
    category: 'embeddings',
    definition:
      'A lookup table holding one learned vector per value of a categorical feature (user id, ad id, hashed cross), trained together with the rest of the model. In large recommenders these tables hold most of the parameters and memory, so their size, sharding and handling of unseen ids drive the design.',
    seeAlso: [chapter('ad-click-prediction', 'model'), chapter('ad-click-prediction', 'scale')],
  },
  {
    id: 'feature-hashing',
    term: 'Feature hashing',
    aliases: ['hashing trick'],
    category: 'embeddings',
    definition:
      'Mapping a high-cardinality categorical value to one of a fixed number of buckets with a hash function, so no vocabulary has to be built or stored and new values get a slot automatically (Weinberger and colleagues, ICML 2009). The cost is collisions that blend unrelated values, so size the bucket count so that collisions mostly hit the long tail.',
    seeAlso: [chapter('ad-click-prediction', 'data'), chapter('ad-click-prediction', 'model')],
  },
  {
    id: 'cosine-similarity',
    term: 'Cosine similarity',
    aliases: ['dot product', 'inner product'],
    category: 'embeddings',
    definition:
      'The dot product of two vectors divided by the product of their lengths, which scores direction and ignores magnitude. For L2-normalized embeddings it equals the dot product, so an index can use inner-product search, while without normalization items with long vectors, often the popular ones, can dominate results.',
    seeAlso: [chapter('visual-search', 'model'), chapter('similar-listings', 'model')],
  },
  {
    id: 'contrastive-loss',
    term: 'Contrastive loss',
    aliases: ['contrastive learning'],
    category: 'embeddings',
    definition:
      'A loss that pulls the embeddings of matching pairs together (a query and the image it led to, two views of one photo) and pushes non-matching pairs apart. Its results depend less on the architecture than on where the positives and negatives come from, which is why negative mining gets so much attention.',
    seeAlso: [chapter('visual-search', 'model'), chapter('video-search', 'model')],
  },
  {
    id: 'infonce',
    term: 'InfoNCE',
    aliases: ['NT-Xent', 'sampled softmax loss'],
    category: 'embeddings',
    definition:
      'A contrastive loss that treats each positive pair as a classification of one positive among many negatives: softmax cross-entropy over similarities divided by a temperature (van den Oord, Li and Vinyals, 2018). More negatives per step make the task harder and the embedding better, which is why large batches help.',
    seeAlso: [chapter('visual-search', 'model'), chapter('visual-search', 'self-check')],
  },
  {
    id: 'temperature',
    term: 'Temperature',
    category: 'embeddings',
    definition:
      'A scalar that divides the logits before a softmax: low values sharpen the distribution and focus the gradient on the hardest negatives, high values spread it out. In contrastive training it is often learned, as in CLIP, and worth tuning, since too low a value amplifies label noise and false negatives.',
    seeAlso: [chapter('visual-search', 'model'), chapter('visual-search', 'mock-interview')],
  },
  {
    id: 'clip',
    term: 'CLIP',
    aliases: ['contrastive language-image pretraining'],
    category: 'embeddings',
    definition:
      'A pair of image and text encoders trained contrastively on a large set of image and caption pairs so that both land in one embedding space (Radford and colleagues, OpenAI, 2021). It enables text-to-image search and zero-shot classification out of the box and is a strong starting point for fine-tuning on domain data.',
    seeAlso: [chapter('video-search', 'model'), chapter('visual-search', 'model')],
  },
  {
    id: 'session-embeddings',
    term: 'Session-based item embeddings',
    aliases: ['item2vec', 'listing embeddings', 'skip-gram'],
    category: 'embeddings',
    definition:
      "Item embeddings learned with a word2vec-style skip-gram objective over the sequences of items users viewed in a session, so items that share sessions end up close. Airbnb's listing embeddings (Grbovic and Cheng, KDD 2018) added the booked listing as a global context and drew negatives from the same market.",
    seeAlso: [chapter('similar-listings', 'model'), chapter('similar-listings', 'data')],
  },
  {
    id: 'graph-neural-network',
    term: 'Graph neural network',
    aliases: ['GNN', 'GraphSAGE'],
    category: 'embeddings',
    definition:
      "A network that computes a node's embedding by repeatedly aggregating the features of its neighbors, so the representation reflects the graph's structure as well as the node's own attributes. Neighbor sampling in the style of GraphSAGE makes it trainable on graphs with billions of edges, and its embeddings feed ANN retrieval like any others.",
    seeAlso: [chapter('people-you-may-know', 'model'), chapter('people-you-may-know', 'data')],
  },
  {
    id: 'backward-compatible-embeddings',
    term: 'Backward-compatible embeddings',
    aliases: ['backward-compatible training'],
    category: 'embeddings',
    definition:
      "Training a new embedding model so that its vectors stay comparable with the old model's, letting a new query encoder search the existing index (Shen and colleagues, CVPR 2020). Without it, every encoder upgrade waits on a full re-embedding backfill of the corpus.",
    seeAlso: [chapter('visual-search', 'model'), chapter('visual-search', 'operations')],
  },
  {
    id: 'embedding-version-pairing',
    term: 'Embedding version pairing',
    aliases: ['tower version pairing', 'embedding versioning'],
    category: 'embeddings',
    definition:
      'Keeping the query encoder and the item index on the same model version, because vectors from two versions of a model live in unrelated spaces. A query tower that ships ahead of its index raises no error and simply returns nonsense neighbors, so both ship together unless the new model is backward compatible.',
    seeAlso: [chapter('video-recommendation', 'serving'), chapter('similar-listings', 'pitfalls')],
  },

  // Training and modeling
  {
    id: 'negative-sampling',
    term: 'Negative sampling',
    category: 'training',
    definition:
      'Choosing which non-positive examples to train on when the true negatives, everything a user did not engage with, are far too many to use. Uniform random negatives are cheap and teach coarse separation, while popularity-weighted, in-batch and hard negatives each shift what the model learns and need their biases corrected.',
    seeAlso: [chapter('video-recommendation', 'model'), chapter('people-you-may-know', 'data')],
  },
  {
    id: 'hard-negatives',
    term: 'Hard negatives',
    aliases: ['hard negative mining'],
    category: 'training',
    definition:
      "Negatives that the current model scores close to the positive, such as a similar but different product, mined from the model's own top results or from near-miss engagement. They teach fine distinctions that random negatives cannot, but mined too aggressively they include unlabeled positives and hurt recall.",
    seeAlso: [chapter('visual-search', 'model'), chapter('video-search', 'data'), chapter('people-you-may-know', 'data')],
  },
  {
    id: 'in-batch-negatives',
    term: 'In-batch negatives',
    category: 'training',
    definition:
      'Using the other positives in the same training batch as the negatives for each query, which yields hundreds or thousands of negatives per example at no extra cost. Popular items appear in more batches and so are over-penalized, which is why the logits need a sampling-bias correction.',
    seeAlso: [chapter('video-recommendation', 'model'), chapter('visual-search', 'model')],
  },
  {
    id: 'logq-correction',
    term: 'Sampling-bias correction (logQ)',
    aliases: ['logQ correction', 'sampling bias correction'],
    category: 'training',
    definition:
      "Subtracting the log of each item's sampling probability from its logit when training with sampled or in-batch negatives, so the loss estimates a full softmax over the corpus (Yi and colleagues, RecSys 2019). Without it a two-tower model learns to demote popular items simply because it saw them as negatives more often.",
    seeAlso: [chapter('video-recommendation', 'model'), chapter('video-recommendation', 'operations')],
  },
  {
    id: 'negative-downsampling',
    term: 'Negative downsampling',
    aliases: ['downsampling'],
    category: 'training',
    definition:
      'Keeping only a fraction w of the negative examples to cut training cost on heavily imbalanced data such as ad clicks. It inflates predicted probabilities, so they must be recalibrated with q = p / (p + (1 - p) / w) before use in an auction (He and colleagues, Facebook, 2014).',
    seeAlso: [chapter('ad-click-prediction', 'data'), chapter('ad-click-prediction', 'model')],
  },
  {
    id: 'class-imbalance',
    term: 'Class imbalance',
    category: 'training',
    definition:
      'A label distribution dominated by one class, such as clicks among impressions or violating posts among all posts. Accuracy becomes meaningless, so evaluate with PR-AUC or recall at a fixed precision, and train with downsampling, class weights or focal loss rather than ignoring it.',
    seeAlso: [chapter('harmful-content-detection', 'data'), chapter('ad-click-prediction', 'data')],
  },
  {
    id: 'focal-loss',
    term: 'Focal loss',
    category: 'training',
    definition:
      "A cross-entropy variant that multiplies each example's loss by one minus the probability of the true class, raised to a power gamma, so confidently correct examples contribute little (Lin and colleagues, ICCV 2017). It was introduced so one-stage detectors could cope with the flood of easy background anchors, and it also helps heavily imbalanced classifiers.",
    seeAlso: [chapter('street-view-blurring', 'model'), chapter('harmful-content-detection', 'model')],
  },
  {
    id: 'knowledge-distillation',
    term: 'Knowledge distillation',
    aliases: ['distillation', 'teacher-student'],
    category: 'training',
    definition:
      "Training a small student model to match the outputs of a large teacher, its soft probabilities or scores, so the student inherits much of the teacher's quality at a fraction of the serving cost (Hinton, Vinyals and Dean, 2015). It is the usual way to afford a strong model inside a tight latency budget, as with pre-rankers and distilled cross-encoders.",
    seeAlso: [chapter('video-search', 'model'), chapter('news-feed', 'model'), chapter('street-view-blurring', 'follow-ups')],
  },
  {
    id: 'transfer-learning',
    term: 'Transfer learning',
    aliases: ['fine-tuning', 'pretraining'],
    category: 'training',
    definition:
      "Starting from a model pretrained on a large general dataset and fine-tuning it on the task's smaller labeled set. It is the default for images and text because labels are expensive, and the real decisions are which layers to unfreeze and how much domain data is enough.",
    seeAlso: [chapter('harmful-content-detection', 'model'), chapter('visual-search', 'model')],
  },
  {
    id: 'data-augmentation',
    term: 'Data augmentation',
    category: 'training',
    definition:
      'Creating extra training examples by transforming existing ones in ways that should not change the label: crops, flips, color shifts, blur, paraphrases. In contrastive learning it also defines the positives, so the augmentations you choose decide which differences the embedding learns to ignore.',
    seeAlso: [chapter('visual-search', 'data'), chapter('street-view-blurring', 'data')],
  },
  {
    id: 'multi-label-classification',
    term: 'Multi-label classification',
    category: 'training',
    definition:
      'Predicting a set of independent yes-or-no labels per item, one sigmoid per label, instead of picking exactly one class with a softmax. Content moderation is multi-label because a post can be both spam and harassment, and a softmax would make the violations compete for probability.',
    seeAlso: [chapter('harmful-content-detection', 'framing'), chapter('harmful-content-detection', 'pitfalls')],
  },
  {
    id: 'early-and-late-fusion',
    term: 'Early and late fusion',
    aliases: ['multimodal fusion'],
    category: 'training',
    definition:
      'Two ways to combine modalities: late fusion trains a model per modality and merges their outputs, early fusion merges the features first and lets one model learn across them. Early fusion catches harms that exist only in the combination, such as a benign image with a hateful caption, but costs more to train and to explain.',
    seeAlso: [chapter('harmful-content-detection', 'model')],
  },
  {
    id: 'distributed-training',
    term: 'Data and model parallelism',
    aliases: ['distributed training', 'data parallel', 'model parallel'],
    category: 'training',
    definition:
      'Data parallelism copies the model to every worker and averages gradients across shards of the batch, while model parallelism splits the model itself across devices when it does not fit on one. Large recommenders combine both, sharding embedding tables across devices and replicating the dense layers.',
    seeAlso: [chapter('ad-click-prediction', 'model'), chapter('ad-click-prediction', 'scale')],
  },
  {
    id: 'anchor-boxes',
    term: 'Anchor boxes',
    aliases: ['anchors'],
    category: 'training',
    definition:
      "Predefined boxes of several sizes and aspect ratios placed at every position of a detector's feature map, from which the model predicts class scores and box offsets. Their scales must match the objects, small distant faces or long license plates, and anchor-free detectors drop them to avoid that tuning.",
    seeAlso: [chapter('street-view-blurring', 'model')],
  },
  {
    id: 'one-and-two-stage-detectors',
    term: 'One-stage and two-stage detectors',
    aliases: ['Faster R-CNN', 'RetinaNet', 'YOLO', 'object detection'],
    category: 'training',
    definition:
      'Two-stage detectors such as Faster R-CNN first propose regions likely to hold an object and then classify and refine each, while one-stage detectors such as YOLO and RetinaNet predict classes and boxes densely in a single pass. Two-stage models were long the more accurate on small objects and one-stage models the faster, and focal loss narrowed the accuracy gap.',
    seeAlso: [chapter('street-view-blurring', 'model'), chapter('street-view-blurring', 'mock-interview')],
  },
  {
    id: 'feature-pyramid-network',
    term: 'Feature pyramid network',
    aliases: ['FPN'],
    category: 'training',
    definition:
      'A detector design that combines deep, semantically strong feature maps with shallow, high-resolution ones through a top-down path, producing features at several scales (Lin and colleagues, CVPR 2017). It is the standard way to find both large and tiny objects, such as distant faces, with one model.',
    seeAlso: [chapter('street-view-blurring', 'model')],
  },
  {
    id: 'non-maximum-suppression',
    term: 'Non-maximum suppression',
    aliases: ['NMS'],
    category: 'training',
    definition:
      'A post-processing step that keeps the highest-scoring box, removes every other box that overlaps it above an IoU threshold, and repeats on what is left. It removes duplicate detections, but in a crowd it can delete a real neighboring face, so the threshold is tuned toward recall where a miss is costly.',
    seeAlso: [chapter('street-view-blurring', 'model'), chapter('street-view-blurring', 'self-check')],
  },
  {
    id: 'recalibration',
    term: 'Recalibration',
    aliases: ['Platt scaling', 'isotonic regression'],
    category: 'training',
    definition:
      "Fitting a monotone map from a model's raw scores to observed frequencies on held-out data, with a logistic fit (Platt scaling) or a step function (isotonic regression). Isotonic regression is more flexible but overfits small calibration sets, and either map must be refit whenever the model or the sampling rate changes.",
    seeAlso: [chapter('ad-click-prediction', 'model'), metric('calibration', 'calibration')],
  },

  // Evaluation and experiments
  {
    id: 'offline-and-online-metrics',
    term: 'Offline and online metrics',
    category: 'evaluation',
    definition:
      'Offline metrics score a model on logged or labeled data before launch (NDCG, AUC, log loss), while online metrics measure what users do once it serves (CTR, watch time, retention). Offline gains that do not move online metrics are common, because logs reflect the old system and proxies miss what users value, so an answer needs both.',
    seeAlso: [framework('evaluation'), chapter('video-recommendation', 'evaluation')],
  },
  {
    id: 'precision-and-recall',
    term: 'Precision and recall',
    aliases: ['precision', 'recall'],
    category: 'evaluation',
    definition:
      'Precision is the share of predicted positives that are truly positive, and recall is the share of true positives that the model finds. Which one to favor is a product decision: a blurring system must favor recall on faces, while automatic takedowns need high precision.',
    seeAlso: [metric('precision', 'precision'), metric('recall', 'recall'), chapter('street-view-blurring', 'evaluation')],
  },
  {
    id: 'f1-score',
    term: 'F1 score',
    aliases: ['F-beta'],
    category: 'evaluation',
    definition:
      'The harmonic mean of precision and recall, which is high only when both are; F-beta weights recall beta times as much as precision. It hides which of the two moved and assumes a fixed threshold, so in a design discussion state precision at a fixed recall, or the reverse, instead.',
    seeAlso: [metric('f1', 'F1 and F-beta')],
  },
  {
    id: 'roc-auc',
    term: 'ROC-AUC',
    aliases: ['AUC'],
    category: 'evaluation',
    definition:
      'The area under the curve of true positive rate against false positive rate over all thresholds, equal to the probability that a random positive scores above a random negative. It ignores calibration and can look excellent on heavily imbalanced data while precision is poor, so pair it with PR-AUC or log loss.',
    seeAlso: [metric('roc-auc', 'ROC-AUC'), chapter('ad-click-prediction', 'evaluation')],
  },
  {
    id: 'pr-auc',
    term: 'PR-AUC',
    aliases: ['average precision'],
    category: 'evaluation',
    definition:
      'The area under the precision-recall curve, which summarizes how much precision a model keeps as recall is pushed up. It is the honest threshold-free metric for rare positives such as harmful content, because it does not reward the easy mass of true negatives.',
    seeAlso: [metric('pr-auc', 'PR-AUC'), chapter('harmful-content-detection', 'evaluation')],
  },
  {
    id: 'log-loss',
    term: 'Log loss',
    aliases: ['cross-entropy', 'binary cross-entropy'],
    category: 'evaluation',
    definition:
      'The average negative log of the probability a model assigned to the true label, which punishes confident mistakes severely. It is the training loss of most classifiers and the right offline metric whenever the probabilities themselves are used, as in ad pricing.',
    seeAlso: [metric('log-loss', 'log loss'), chapter('ad-click-prediction', 'evaluation')],
  },
  {
    id: 'normalized-cross-entropy',
    term: 'Normalized cross-entropy',
    aliases: ['NE'],
    category: 'evaluation',
    definition:
      'Log loss divided by the log loss of always predicting the background rate, so 1 means no better than the base rate and lower is better (He and colleagues, Facebook, 2014). It makes log loss comparable across days and segments with different click-through rates, which raw log loss is not.',
    seeAlso: [metric('normalized-cross-entropy', 'normalized cross-entropy'), chapter('ad-click-prediction', 'evaluation')],
  },
  {
    id: 'calibration',
    term: 'Calibration',
    category: 'evaluation',
    definition:
      'A model is calibrated when, among the items it scores around 0.2, about a fifth turn out positive. Anything that multiplies a probability by a value, such as an auction by bids or a feed combining several heads, needs it, and downsampling, new features and drift all break it.',
    seeAlso: [metric('calibration', 'calibration'), chapter('ad-click-prediction', 'operations')],
  },
  {
    id: 'expected-calibration-error',
    term: 'Expected calibration error',
    aliases: ['ECE'],
    category: 'evaluation',
    definition:
      'The average gap between predicted probability and observed frequency across score bins, weighted by the number of predictions in each bin. It summarizes calibration in one number, but it depends on the binning and can hide large errors in sparse high-score bins.',
    seeAlso: [metric('expected-calibration-error', 'expected calibration error'), chapter('news-feed', 'model')],
  },
  {
    id: 'calibration-ratio',
    term: 'Calibration ratio',
    category: 'evaluation',
    definition:
      'The sum of predicted probabilities divided by the number of observed positives on the same traffic, where 1 means calibrated on average. It is the quickest production alarm for a CTR model, though a ratio of 1 overall can hide errors that cancel across segments.',
    seeAlso: [metric('calibration-ratio', 'calibration ratio'), chapter('ad-click-prediction', 'operations')],
  },
  {
    id: 'precision-at-k',
    term: 'Precision at k',
    aliases: ['precision@k', 'P@k'],
    category: 'evaluation',
    definition:
      'The share of the top k results that are relevant. It matches what a user sees on a screen of k items, but it ignores order within the k and cannot reach 1 when fewer than k relevant items exist.',
    seeAlso: [metric('precision-at-k', 'precision at k'), chapter('event-recommendation', 'evaluation')],
  },
  {
    id: 'recall-at-k',
    term: 'Recall at k',
    aliases: ['recall@k', 'R@k'],
    category: 'evaluation',
    definition:
      'The share of all relevant items that appear in the top k results. It is the right metric for retrieval stages, whose job is not to lose good candidates before ranking.',
    seeAlso: [metric('recall-at-k', 'recall at k'), chapter('visual-search', 'evaluation')],
  },
  {
    id: 'hit-rate',
    term: 'Hit rate',
    aliases: ['hit rate at k', 'HR@k'],
    category: 'evaluation',
    definition:
      'The share of queries or users for which at least one relevant item appears in the top k. It suits tasks with a single held-out target, such as the next listing a user booked, and it says nothing about where in the k the hit landed.',
    seeAlso: [metric('hit-rate', 'hit rate'), chapter('similar-listings', 'evaluation')],
  },
  {
    id: 'mrr',
    term: 'Mean reciprocal rank',
    aliases: ['MRR'],
    category: 'evaluation',
    definition:
      'The average over queries of one divided by the rank of the first relevant result. It fits tasks where one good answer is enough, such as known-item search, and it ignores everything after the first hit.',
    seeAlso: [metric('mrr', 'MRR'), chapter('similar-listings', 'evaluation'), chapter('video-search', 'evaluation')],
  },
  {
    id: 'ndcg',
    term: 'NDCG',
    aliases: ['normalized discounted cumulative gain', 'DCG'],
    category: 'evaluation',
    definition:
      'Normalized discounted cumulative gain sums the graded relevance of the results, each discounted by the log of its rank, and divides by the same sum for the ideal order. It rewards putting the most relevant items first and accepts graded labels, which makes it the default offline metric for ranking.',
    seeAlso: [metric('ndcg', 'NDCG'), chapter('event-recommendation', 'evaluation'), chapter('video-search', 'evaluation')],
  },
  {
    id: 'mean-average-precision',
    term: 'Mean average precision (mAP)',
    aliases: ['mAP', 'MAP'],
    category: 'evaluation',
    definition:
      "In ranking, mAP is the mean over queries of average precision, which averages precision at each rank where a relevant item appears; in object detection, it is the mean over classes of the area under each class's precision-recall curve at set IoU thresholds. Always say which one you mean, because the two share a name and little else.",
    seeAlso: [metric('map', 'mAP for ranking'), metric('detection-map', 'mAP for detection'), chapter('street-view-blurring', 'evaluation')],
  },
  {
    id: 'iou',
    term: 'Intersection over union',
    aliases: ['IoU', 'Jaccard index'],
    category: 'evaluation',
    definition:
      'The area where a predicted box overlaps the ground-truth box divided by the area the two cover together. Detection metrics count a prediction as correct only above an IoU threshold, 0.5 being the common one, and non-maximum suppression uses the same measure to drop duplicates.',
    seeAlso: [metric('iou', 'IoU'), chapter('street-view-blurring', 'evaluation'), chapter('street-view-blurring', 'model')],
  },
  {
    id: 'ctr',
    term: 'Click-through rate',
    aliases: ['CTR'],
    category: 'evaluation',
    definition:
      'Clicks divided by impressions, the most common online metric and training label for ads and recommendations. It is easy to raise with clickbait, so pair it with downstream signals such as conversions, dwell time or hides.',
    seeAlso: [metric('ctr', 'CTR'), chapter('ad-click-prediction', 'evaluation')],
  },
  {
    id: 'ab-test',
    term: 'A/B test',
    aliases: ['online controlled experiment', 'split test'],
    category: 'evaluation',
    definition:
      'Randomly splitting users between the current system (control) and a change (treatment) and comparing a metric chosen in advance with a statistical test. It is the only direct way to measure causal impact on user behavior, so fix the unit of randomization, the primary metric, the guardrails and the sample size before it starts.',
    seeAlso: [operations('experimentation'), chapter('ad-click-prediction', 'evaluation'), chapter('video-search', 'evaluation')],
  },
  {
    id: 'two-proportion-z-test',
    term: 'Two-proportion z-test',
    aliases: ['z-test', 'statistical significance'],
    category: 'evaluation',
    definition:
      'The standard test for a difference between two rates, such as CTR in control and treatment, which compares the difference with its standard error under the pooled rate. It assumes independent units, so randomizing by user but counting impressions understates the variance and makes results look more significant than they are.',
    seeAlso: [metric('two-proportion-z-test', 'two-proportion z-test'), chapter('ad-click-prediction', 'evaluation')],
  },
  {
    id: 'sample-size',
    term: 'Sample size and power',
    aliases: ['statistical power', 'minimum detectable effect', 'MDE'],
    category: 'evaluation',
    definition:
      "Power is the probability that an experiment detects an effect of a given size if it exists, and the sample size it needs grows with the metric's variance and with one over the square of the minimum detectable effect. Halving the effect you want to detect quadruples the traffic, which is why small lifts on noisy metrics need long tests.",
    seeAlso: [metric('sample-size', 'sample size'), operations('experimentation')],
  },
  {
    id: 'confidence-interval',
    term: 'Confidence interval',
    category: 'evaluation',
    definition:
      'A range computed from the data that would contain the true value in a stated share of repeated experiments, 95% by convention. Report the interval of the lift rather than a lone p-value, because it shows both whether a change helps and how much it could plausibly help or hurt.',
    seeAlso: [metric('confidence-interval', 'confidence interval'), chapter('street-view-blurring', 'evaluation')],
  },
  {
    id: 'guardrail-metric',
    term: 'Guardrail metric',
    category: 'evaluation',
    definition:
      'A metric a change must not harm, watched alongside the one it is meant to improve: latency, crash rate, unsubscribes, reports, revenue. A breach blocks the launch even when the primary metric wins, which turns the decision into improving the goal without breaking these.',
    seeAlso: [metric('guardrail-metrics', 'guardrail metrics'), chapter('people-you-may-know', 'evaluation'), chapter('harmful-content-detection', 'operations')],
  },
  {
    id: 'novelty-effect',
    term: 'Novelty effect',
    aliases: ['primacy effect'],
    category: 'evaluation',
    definition:
      'A short-lived change in behavior caused by the change itself being new, as when users click a redesigned module because it is unfamiliar and the lift then fades. Run experiments long enough to see the effect settle, or compare early and later exposure cohorts, before trusting a lift on engagement.',
    seeAlso: [chapter('video-recommendation', 'evaluation'), chapter('people-you-may-know', 'evaluation')],
  },
  {
    id: 'interleaving',
    term: 'Interleaving',
    aliases: ['team-draft interleaving'],
    category: 'evaluation',
    definition:
      "An online comparison that merges two rankers' results into one list per user, as team-draft interleaving does by alternating picks, and credits each click to the ranker that contributed the item. It detects which ranker users prefer with far less traffic than an A/B test, but it says only which is better, not by how much on business metrics.",
    seeAlso: [chapter('video-search', 'evaluation'), chapter('video-search', 'self-check')],
  },
  {
    id: 'holdout',
    term: 'Long-term holdout',
    aliases: ['holdout group', 'holdout'],
    category: 'evaluation',
    definition:
      'A small group of users kept on the old system, or without a feature, for months while everyone else receives each new launch. It measures the cumulative, long-term effect of many launches, which a series of short A/B tests tends to overstate or miss.',
    seeAlso: [chapter('people-you-may-know', 'operations'), chapter('news-feed', 'evaluation')],
  },
  {
    id: 'interference',
    term: 'Interference',
    aliases: ['network effects', 'spillover'],
    category: 'evaluation',
    definition:
      "A breach of the assumption that one user's treatment does not affect another user's outcome, common in social networks, marketplaces and other two-sided systems. When treated users' invitations, posts or bookings reach control users, a user-level A/B test is biased, so randomize by cluster, region or time instead.",
    seeAlso: [chapter('event-recommendation', 'evaluation'), chapter('people-you-may-know', 'mock-interview'), operations('experimentation')],
  },
  {
    id: 'sample-ratio-mismatch',
    term: 'Sample ratio mismatch',
    aliases: ['SRM'],
    category: 'evaluation',
    definition:
      'A gap between the observed split of users across experiment arms and the split the experiment was configured for, larger than chance allows at that sample size. It means assignment or logging is broken, and no result of the experiment should be trusted until the cause is found.',
    seeAlso: [operations('experimentation')],
  },
  {
    id: 'off-policy-evaluation',
    term: 'Off-policy evaluation',
    aliases: ['counterfactual evaluation', 'OPE'],
    category: 'evaluation',
    definition:
      "Estimating how a new ranking policy would perform from logs collected under the old one, by reweighting each logged reward by the ratio of the new policy's probability of that action to the old one's. It needs logged propensities and real randomization in the old policy, and its variance explodes where the two policies disagree.",
    seeAlso: [chapter('news-feed', 'operations'), operations('feedback-loops-and-responsible-ml')],
  },
  {
    id: 'golden-set',
    term: 'Golden set',
    aliases: ['golden evaluation set'],
    category: 'evaluation',
    definition:
      'A fixed, carefully labeled evaluation set, rich in hard and rare cases, that every candidate model is scored on before release. Because it does not change it catches regressions a fresh sample would hide, but it must be refreshed now and then or it stops reflecting traffic.',
    seeAlso: [chapter('street-view-blurring', 'operations'), chapter('visual-search', 'operations')],
  },
  {
    id: 'time-based-split',
    term: 'Time-based split',
    aliases: ['temporal split'],
    category: 'evaluation',
    definition:
      "Splitting data by time, training on the past and evaluating on a later period, instead of splitting at random. Random splits leak future information such as a user's later behavior or a trend into training and inflate offline metrics that production will not match.",
    seeAlso: [chapter('people-you-may-know', 'evaluation'), chapter('news-feed', 'evaluation')],
  },
  {
    id: 'slice-evaluation',
    term: 'Slice evaluation',
    aliases: ['slices', 'segment analysis'],
    category: 'evaluation',
    definition:
      'Computing metrics separately for meaningful subgroups, such as new users, languages, regions, devices or rare classes, instead of only in aggregate. An overall gain routinely hides a regression in a small slice, and slices are also where fairness problems show up first.',
    seeAlso: [chapter('ad-click-prediction', 'operations'), chapter('street-view-blurring', 'operations')],
  },
  {
    id: 'prevalence',
    term: 'Prevalence',
    category: 'evaluation',
    definition:
      'The share of content views that contain violating content, estimated by labeling a random sample of views. It measures what users are actually exposed to, so it rewards catching widely seen items early rather than counting removals.',
    seeAlso: [metric('prevalence', 'prevalence'), chapter('harmful-content-detection', 'evaluation')],
  },
  {
    id: 'proactive-rate',
    term: 'Proactive rate',
    category: 'evaluation',
    definition:
      'The share of actioned violating content that the platform found on its own before any user reported it. It shows how much of the work the models do, but it can rise simply because user reports fall, so read it next to prevalence.',
    seeAlso: [metric('proactive-rate', 'proactive rate'), chapter('harmful-content-detection', 'evaluation')],
  },

  // Serving
  {
    id: 'two-pipelines',
    term: 'Training and inference pipelines',
    aliases: ['two pipelines', 'training pipeline', 'inference pipeline'],
    category: 'serving',
    definition:
      'The two paths of an ML system: the training pipeline turns logged data into a validated model on a schedule, and the inference pipeline turns a live request into a prediction within a latency budget. Drawing them apart, with feature definitions and the model registry as their shared parts, is the clearest way to show where skew and staleness come from.',
    seeAlso: [operations('two-pipelines'), chapter('video-recommendation', 'serving')],
  },
  {
    id: 'batch-prediction',
    term: 'Batch prediction',
    aliases: ['offline scoring', 'precomputation'],
    category: 'serving',
    definition:
      "Computing predictions ahead of time for inputs known in advance, such as every user's recommendations overnight, and serving them from a key-value store. It takes the model out of the request path but wastes compute on users who never visit and cannot react to what happened in the current session.",
    seeAlso: [chapter('news-feed', 'serving'), chapter('people-you-may-know', 'follow-ups'), framework('serving')],
  },
  {
    id: 'online-prediction',
    term: 'Online prediction',
    aliases: ['real-time inference', 'on-demand prediction'],
    category: 'serving',
    definition:
      "Computing predictions at request time from fresh features, so results reflect the user's latest actions and the current context. It costs latency budget and a feature-serving path with its own failure modes, and it is required whenever the input is not known in advance, as with a search query.",
    seeAlso: [chapter('ad-click-prediction', 'serving'), framework('serving')],
  },
  {
    id: 'latency-budget',
    term: 'Latency budget',
    category: 'serving',
    definition:
      'The time a request may take end to end, split into an allowance per stage: feature fetch, retrieval, ranking, re-ranking and network. Writing the split down shows where a heavy model can fit and where it must be distilled, cached or moved offline.',
    seeAlso: [chapter('ad-click-prediction', 'serving'), chapter('news-feed', 'serving'), chapter('harmful-content-detection', 'serving')],
  },
  {
    id: 'p99-latency',
    term: 'p99 latency',
    aliases: ['tail latency', 'p95 latency', 'percentile latency'],
    category: 'serving',
    definition:
      'The latency that 99% of requests beat, which is closer to what a user with many requests per session actually experiences than the mean. A service that fans out to many shards waits for its slowest one, so tail latency, not the average, sets capacity and timeouts.',
    seeAlso: [chapter('ad-click-prediction', 'serving'), chapter('visual-search', 'serving'), operations('serving-at-scale')],
  },
  {
    id: 'qps',
    term: 'QPS',
    aliases: ['queries per second', 'requests per second', 'throughput'],
    category: 'serving',
    definition:
      'Queries per second, the request rate a service must sustain, usually estimated as daily requests divided by 86,400 and multiplied by an assumed peak-to-average factor. Peak QPS times the compute per request sizes the fleet, so show that arithmetic when you estimate scale.',
    seeAlso: [chapter('news-feed', 'scale'), chapter('video-recommendation', 'scale'), chapter('similar-listings', 'scale')],
  },
  {
    id: 'batching',
    term: 'Dynamic batching',
    aliases: ['batching', 'request batching'],
    category: 'serving',
    definition:
      'Grouping requests that arrive within a few milliseconds into one batch before running the model, which raises accelerator throughput many times over. It trades a small, bounded wait for throughput, so the maximum batching delay belongs in the latency budget.',
    seeAlso: [chapter('harmful-content-detection', 'serving'), chapter('ad-click-prediction', 'serving'), chapter('street-view-blurring', 'serving')],
  },
  {
    id: 'caching',
    term: 'Caching',
    category: 'serving',
    definition:
      "Storing results that are expensive to compute and likely to be requested again: embeddings, features, candidate lists, whole responses for popular queries. It cuts latency and cost, but every cache needs a freshness policy, because a stale entry serves yesterday's world without raising any error.",
    seeAlso: [chapter('event-recommendation', 'serving'), chapter('ad-click-prediction', 'serving'), operations('serving-at-scale')],
  },
  {
    id: 'sharding',
    term: 'Sharding',
    aliases: ['partitioning'],
    category: 'serving',
    definition:
      'Splitting data or an index across machines by a key so that each machine holds and searches only a part, with a merger combining the partial results. It is how a billion-vector index fits in memory, and it makes every query as slow as its slowest shard.',
    seeAlso: [chapter('video-search', 'serving'), chapter('visual-search', 'serving'), operations('serving-at-scale')],
  },
  {
    id: 'replication',
    term: 'Replication',
    aliases: ['replicas'],
    category: 'serving',
    definition:
      'Running several identical copies of a service or shard so that load is spread and the loss of one copy does not take results down. Shards set how much data each machine holds and replicas set how much traffic the system can absorb, and the two multiply into the fleet size.',
    seeAlso: [chapter('visual-search', 'scale'), chapter('ad-click-prediction', 'scale'), operations('serving-at-scale')],
  },
  {
    id: 'load-balancing',
    term: 'Load balancing',
    category: 'serving',
    definition:
      'Spreading requests across replicas by round robin, by fewest outstanding requests, or by consistent hashing when a replica keeps per-key state in cache. Least-loaded routing matters for model servers because request costs vary widely, and plain round robin lets slow requests pile up on one replica.',
    seeAlso: [chapter('ad-click-prediction', 'serving'), chapter('similar-listings', 'serving'), operations('serving-at-scale')],
  },
  {
    id: 'quantization',
    term: 'Quantization',
    aliases: ['int8', 'model compression'],
    category: 'serving',
    definition:
      'Storing weights, activations or embeddings with fewer bits, such as int8 instead of float32, to cut memory and speed up inference at a usually small cost in accuracy. Post-training quantization is quick, quantization-aware training recovers more accuracy, and for embedding tables and vector indexes it is often what makes them fit in memory.',
    seeAlso: [chapter('ad-click-prediction', 'follow-ups'), chapter('visual-search', 'serving'), chapter('news-feed', 'scale')],
  },
  {
    id: 'graceful-degradation',
    term: 'Graceful degradation',
    aliases: ['fallback'],
    category: 'serving',
    definition:
      'Designing each stage to return a cheaper answer when a dependency is slow or down, such as popular items when personalization times out or cached results when the ranker fails. A recommender that shows something reasonable under failure beats a more accurate one that returns errors.',
    seeAlso: [chapter('ad-click-prediction', 'operations'), chapter('similar-listings', 'serving'), chapter('event-recommendation', 'serving')],
  },
  {
    id: 'fan-out',
    term: 'Fan-out on write and on read',
    aliases: ['fan-out', 'push and pull feeds'],
    category: 'serving',
    definition:
      "Fan-out on write pushes each new post into followers' feeds when it is posted, while fan-out on read gathers posts from followed accounts when the viewer opens the feed. Writing ahead makes reads fast but is ruinous for accounts with millions of followers, so real feeds pull those accounts at read time and push the rest.",
    seeAlso: [chapter('news-feed', 'model'), chapter('news-feed', 'serving')],
  },

  // Operations
  {
    id: 'feature-store',
    term: 'Feature store',
    category: 'operations',
    definition:
      'A system that computes, stores and serves features from one definition for both training, through historical values in an offline store, and serving, through the latest values in a low-latency online store. Its real job is consistency: a shared code path removes most training-serving skew and makes point-in-time training sets routine.',
    seeAlso: [operations('features-batch-and-streaming'), chapter('ad-click-prediction', 'data'), chapter('news-feed', 'serving')],
  },
  {
    id: 'point-in-time-correctness',
    term: 'Point-in-time correctness',
    aliases: ['point-in-time join', 'time travel join'],
    category: 'operations',
    definition:
      "Building each training example from feature values as they were at the moment of the logged event, never from later values. Joining today's feature table onto last month's labels leaks the future and produces offline metrics the model cannot reach in production.",
    seeAlso: [chapter('ad-click-prediction', 'data'), chapter('harmful-content-detection', 'serving'), operations('features-batch-and-streaming')],
  },
  {
    id: 'training-serving-skew',
    term: 'Training-serving skew',
    aliases: ['train-serve skew', 'online-offline skew'],
    category: 'operations',
    definition:
      'Any difference between the features a model saw in training and what it receives in production: different code, different freshness, different defaults for missing values. It degrades the model silently, so log the features actually served and train on those logs where possible.',
    seeAlso: [operations('two-pipelines'), chapter('ad-click-prediction', 'follow-ups'), chapter('video-search', 'follow-ups')],
  },
  {
    id: 'batch-and-streaming-features',
    term: 'Batch and streaming features',
    aliases: ['streaming features', 'real-time features', 'feature freshness'],
    category: 'operations',
    definition:
      "Batch features are computed on a schedule from the data lake, such as a user's 30-day history, while streaming features are updated within seconds from an event stream, such as clicks in the current session. Streaming features carry the most signal for fast-moving intent but need a separate pipeline and are a common source of skew.",
    seeAlso: [operations('features-batch-and-streaming'), chapter('video-recommendation', 'data'), chapter('news-feed', 'data')],
  },
  {
    id: 'feature-logging',
    term: 'Feature logging',
    aliases: ['log and wait', 'logged features'],
    category: 'operations',
    definition:
      'Logging the exact feature values used at serving time with each prediction, then joining labels to them as they arrive. It makes training data free of skew by construction, at the cost of waiting to accumulate history before a new feature can be trained on.',
    seeAlso: [chapter('ad-click-prediction', 'data'), chapter('similar-listings', 'data')],
  },
  {
    id: 'model-registry',
    term: 'Model registry',
    category: 'operations',
    definition:
      'A versioned store of trained models with their metadata: training data snapshot, code version, offline metrics, approval state and which version serves where. It is the source of truth for deployment and rollback and the audit trail when someone asks which model made a decision.',
    seeAlso: [operations('model-delivery'), chapter('ad-click-prediction', 'serving'), chapter('street-view-blurring', 'serving')],
  },
  {
    id: 'ci-cd-for-models',
    term: 'CI/CD for models',
    aliases: ['continuous delivery', 'MLOps'],
    category: 'operations',
    definition:
      'Automating the path from training to production with the rigor applied to code: data validation, training, offline evaluation against the current model, packaging, shadow or canary, then promotion. The gates are metric thresholds and slice checks rather than unit tests alone, and every step must be reproducible.',
    seeAlso: [operations('model-delivery'), chapter('street-view-blurring', 'operations')],
  },
  {
    id: 'shadow-deployment',
    term: 'Shadow deployment',
    aliases: ['shadow mode', 'dark launch'],
    category: 'operations',
    definition:
      'Running a new model on a copy of live traffic and logging its predictions without showing them to anyone. It validates latency, errors and score distributions at full load with no user risk, but it cannot show how users would react.',
    seeAlso: [operations('model-delivery'), chapter('ad-click-prediction', 'operations'), chapter('harmful-content-detection', 'operations')],
  },
  {
    id: 'canary',
    term: 'Canary release',
    aliases: ['canary', 'staged rollout'],
    category: 'operations',
    definition:
      'Sending a new model a small share of live traffic and comparing its health and business metrics with the current model before ramping it up in steps. Automatic rollback on a guardrail breach is what makes a canary worth running.',
    seeAlso: [operations('model-delivery'), chapter('street-view-blurring', 'operations'), chapter('ad-click-prediction', 'operations')],
  },
  {
    id: 'blue-green',
    term: 'Blue-green deployment',
    aliases: ['blue-green'],
    category: 'operations',
    definition:
      'Keeping two full production environments, serving from one while the new version is deployed and tested on the other, then switching the router. Rollback is a switch back and therefore fast, but it costs double capacity and the switch exposes every user at once.',
    seeAlso: [operations('model-delivery'), chapter('video-search', 'operations')],
  },
  {
    id: 'rollback',
    term: 'Rollback',
    category: 'operations',
    definition:
      'Returning production to the previous model version, ideally through a configuration change that takes minutes rather than a retrain. It only works if the previous artifact, its feature definitions and any index it pairs with are kept warm and compatible, which is the part teams forget.',
    seeAlso: [operations('model-delivery'), chapter('video-search', 'operations'), chapter('news-feed', 'operations')],
  },
  {
    id: 'data-drift',
    term: 'Data drift',
    aliases: ['covariate shift', 'feature drift', 'input drift'],
    category: 'operations',
    definition:
      "A change in the distribution of a model's inputs, such as a new device mix or a new market, while the relationship between inputs and label may hold. Detect it per feature with PSI or a KS statistic against a reference window, and treat it as a prompt to check performance rather than an automatic reason to retrain.",
    seeAlso: [operations('monitoring-and-drift'), chapter('ad-click-prediction', 'operations'), chapter('visual-search', 'operations')],
  },
  {
    id: 'concept-drift',
    term: 'Concept drift',
    category: 'operations',
    definition:
      "A change in the relationship between inputs and labels, so the same input now deserves a different answer, as when new scam patterns look like yesterday's benign posts. Input monitoring cannot see it, so it takes fresh labels from sampled review or delayed outcomes and model metrics tracked on them.",
    seeAlso: [operations('monitoring-and-drift'), chapter('harmful-content-detection', 'operations'), chapter('video-search', 'operations')],
  },
  {
    id: 'label-shift',
    term: 'Label shift',
    aliases: ['prior shift', 'prior probability shift'],
    category: 'operations',
    definition:
      "A change in how common each label is while the inputs typical of each label stay the same, such as a surge in the share of spam during an attack. It breaks calibration and thresholds even when the model's ranking is fine, and it can be corrected by reweighting to the new class priors.",
    seeAlso: [operations('monitoring-and-drift'), chapter('harmful-content-detection', 'operations')],
  },
  {
    id: 'prediction-drift',
    term: 'Prediction drift',
    aliases: ['score drift', 'output drift'],
    category: 'operations',
    definition:
      "A change in the distribution of a model's output scores relative to a reference window. It is the cheapest signal to monitor, needs no labels and catches upstream feature bugs fast, though it cannot tell a broken pipeline from a genuine change in the world.",
    seeAlso: [operations('monitoring-and-drift'), chapter('ad-click-prediction', 'operations'), chapter('people-you-may-know', 'operations')],
  },
  {
    id: 'psi',
    term: 'Population stability index',
    aliases: ['PSI'],
    category: 'operations',
    definition:
      'A drift score that bins a variable and sums, over the bins, the difference between the current and reference shares times the log of their ratio. A rule of thumb from credit scoring reads under 0.1 as stable and over 0.25 as a major shift, but thresholds are better set per feature from its normal week-to-week variation.',
    seeAlso: [metric('psi', 'PSI'), chapter('harmful-content-detection', 'operations'), operations('monitoring-and-drift')],
  },
  {
    id: 'ks-test',
    term: 'Kolmogorov-Smirnov test',
    aliases: ['KS test', 'KS statistic'],
    category: 'operations',
    definition:
      'The KS statistic is the largest vertical gap between two empirical cumulative distribution functions, such as a feature this week and in a reference month. At production volumes its p-value flags trivial differences as significant, so alert on the statistic itself with a tuned threshold.',
    seeAlso: [metric('ks-statistic', 'KS statistic'), operations('monitoring-and-drift'), chapter('street-view-blurring', 'operations')],
  },
  {
    id: 'kl-divergence',
    term: 'KL divergence',
    aliases: ['Kullback-Leibler divergence', 'relative entropy'],
    category: 'operations',
    definition:
      'A measure of how one probability distribution differs from a reference: the expected log ratio of their probabilities under the first. It is asymmetric and infinite wherever the reference has zero mass and the other does not, so smooth the bins before using it to monitor drift.',
    seeAlso: [metric('kl-divergence', 'KL divergence'), chapter('news-feed', 'operations')],
  },
  {
    id: 'backfill',
    term: 'Backfill',
    category: 'operations',
    definition:
      'Recomputing derived data for the past, such as features, labels or embeddings, after a definition or a model changes. Re-embedding a billion-item corpus for a new encoder can take days and runs two indexes side by side for a while, so the backfill plan is part of any embedding model launch.',
    seeAlso: [chapter('visual-search', 'operations'), chapter('visual-search', 'data'), chapter('video-search', 'data')],
  },
  {
    id: 'continual-training',
    term: 'Continual training',
    aliases: ['incremental training', 'warm-start retraining', 'online learning'],
    category: 'operations',
    definition:
      'Updating a production model often by warm-starting from the previous weights and training only on the newest data, instead of retraining from scratch on a long window. It keeps fast-moving models such as ads and feed rankers fresh at low cost, but errors compound across updates, so every update still passes offline checks before it ships.',
    seeAlso: [chapter('ad-click-prediction', 'operations'), chapter('news-feed', 'operations')],
  },
  {
    id: 'retraining-cadence',
    term: 'Retraining cadence',
    aliases: ['retraining schedule'],
    category: 'operations',
    definition:
      'How often a model is retrained, chosen from how fast its inputs and labels change and how long labels take to arrive. State it per model, from hourly updates for click models to monthly or drift-triggered retrains for vision models, and tie it to measured decay rather than habit.',
    seeAlso: [chapter('harmful-content-detection', 'operations'), chapter('video-search', 'operations'), framework('monitoring')],
  },
  {
    id: 'data-validation',
    term: 'Data validation',
    aliases: ['data quality checks', 'schema checks'],
    category: 'operations',
    definition:
      'Checking each batch of training or serving data against expectations (schema, ranges, null rates, volume, distributions) before it reaches a model. Many production model failures start as data bugs, and a failed check that blocks a training run is far cheaper than a bad model in production.',
    seeAlso: [operations('monitoring-and-drift'), chapter('news-feed', 'operations'), chapter('ad-click-prediction', 'operations')],
  },

  // Data and labels
  {
    id: 'implicit-feedback',
    term: 'Implicit feedback',
    aliases: ['implicit labels'],
    category: 'data',
    definition:
      'Labels inferred from behavior, such as clicks, watch time, skips and dwell, rather than stated by users. It is abundant and cheap but noisy and shaped by what was shown, so a positive means engaged rather than liked, and a missing click is not a clear negative.',
    seeAlso: [chapter('video-recommendation', 'data'), chapter('news-feed', 'data'), chapter('visual-search', 'data')],
  },
  {
    id: 'explicit-feedback',
    term: 'Explicit feedback',
    aliases: ['explicit labels'],
    category: 'data',
    definition:
      'Labels users state directly: ratings, likes, reports, a tap on not interested. It is clearer than implicit feedback but sparse and given by an unrepresentative set of users, so it mostly serves as an extra task or a guardrail.',
    seeAlso: [chapter('video-recommendation', 'requirements'), chapter('video-search', 'data')],
  },
  {
    id: 'dwell-time',
    term: 'Dwell time',
    category: 'data',
    definition:
      'The time a user spends on an item after opening it, used as a quality signal beyond the click. It separates clickbait, which people quickly leave, from content they value, but it must be normalized by item length and type before items can be compared.',
    seeAlso: [chapter('news-feed', 'data'), chapter('news-feed', 'model')],
  },
  {
    id: 'label-delay',
    term: 'Label delay',
    aliases: ['delayed labels'],
    category: 'data',
    definition:
      'The time between a prediction and the moment its true label is known: seconds for a click, days for a purchase, weeks for an appeal decision. It limits how fresh training data can be and how quickly monitoring sees quality fall, so proxy labels and early signals fill the gap.',
    seeAlso: [chapter('ad-click-prediction', 'data'), chapter('video-search', 'data'), chapter('visual-search', 'data')],
  },
  {
    id: 'delayed-feedback',
    term: 'Delayed feedback',
    aliases: ['delayed conversions'],
    category: 'data',
    definition:
      'The modeling problem label delay creates: a recent click without a conversion may be a negative or a positive that has not happened yet. Counting it as negative biases the model downward, so wait a fixed window, model the delay explicitly (Chapelle, KDD 2014), or correct the label when the conversion arrives.',
    seeAlso: [chapter('ad-click-prediction', 'data'), chapter('ad-click-prediction', 'follow-ups')],
  },
  {
    id: 'data-leakage',
    term: 'Data leakage',
    aliases: ['label leakage', 'target leakage'],
    category: 'data',
    definition:
      'Information in the training features that would not be available at prediction time, such as a feature computed after the label event or an id that encodes the outcome. It produces offline results that are too good to be true, and the cure is point-in-time joins and time-based splits.',
    seeAlso: [chapter('people-you-may-know', 'pitfalls'), chapter('event-recommendation', 'pitfalls'), chapter('people-you-may-know', 'evaluation')],
  },
  {
    id: 'selection-bias',
    term: 'Selection bias',
    category: 'data',
    definition:
      'A training set that is not a random sample of the population the model will serve, because whether an example got a label depended on something related to the outcome. Moderation labels exist mostly for content that was reported or flagged, so a model trained only on them misjudges everything else.',
    seeAlso: [chapter('harmful-content-detection', 'operations'), chapter('ad-click-prediction', 'operations')],
  },
  {
    id: 'human-labeling',
    term: 'Human labeling',
    aliases: ['annotation', 'raters', 'labelers'],
    category: 'data',
    definition:
      'Having trained people label data against written guidelines, often with several raters per item and audits against known answers. It is slow and expensive, so spend it on hard and uncertain cases, rare classes and evaluation sets rather than on random samples the model already gets right.',
    seeAlso: [chapter('street-view-blurring', 'data'), chapter('video-search', 'data'), chapter('harmful-content-detection', 'data')],
  },
  {
    id: 'inter-annotator-agreement',
    term: 'Inter-annotator agreement',
    aliases: ['rater agreement', "Cohen's kappa"],
    category: 'data',
    definition:
      'How often independent raters give the same label to the same item, often corrected for chance agreement with a kappa statistic. Low agreement means the guideline or the task is ambiguous, and it caps the accuracy any model can be shown to have.',
    seeAlso: [chapter('street-view-blurring', 'data'), chapter('street-view-blurring', 'evaluation')],
  },
  {
    id: 'near-duplicate-detection',
    term: 'Near-duplicate detection',
    aliases: ['perceptual hashing', 'deduplication'],
    category: 'data',
    definition:
      'Finding items that are the same or nearly the same, such as re-encodes, crops and screenshots, with perceptual hashes or embeddings and a nearest-neighbor lookup. It keeps copies from straddling the training and test splits and lets a platform act at once on copies of content it has already judged.',
    seeAlso: [chapter('visual-search', 'data'), chapter('harmful-content-detection', 'model'), chapter('video-recommendation', 'model')],
  },
  {
    id: 'stratified-sampling',
    term: 'Stratified sampling',
    category: 'data',
    definition:
      'Sampling separately within defined strata, such as country, content type or score band, so each stratum is represented by design rather than by luck. It gives tight estimates for rare but important slices from a small labeling budget, provided the results are reweighted back to the population.',
    seeAlso: [chapter('harmful-content-detection', 'operations'), chapter('street-view-blurring', 'data')],
  },

  // Responsible ML
  {
    id: 'popularity-bias',
    term: 'Popularity bias',
    category: 'responsible-ml',
    definition:
      'The tendency of recommenders trained on engagement to over-recommend items that are already popular, because those items have more positive examples and more exposure. Left alone it starves the long tail and new creators, so measure catalog coverage and correct with logQ, popularity-aware sampling or exploration.',
    seeAlso: [chapter('video-recommendation', 'operations'), chapter('video-search', 'data')],
  },
  {
    id: 'exposure-bias',
    term: 'Exposure bias',
    category: 'responsible-ml',
    definition:
      "Users can only engage with what the system showed them, so logged data says nothing about items never exposed and the model learns the old policy's choices. Retraining on such logs makes the system ever more confident in what it already shows, which is the mechanism behind most recommender feedback loops.",
    seeAlso: [chapter('video-recommendation', 'operations'), chapter('people-you-may-know', 'operations')],
  },
  {
    id: 'feedback-loop',
    term: 'Feedback loop',
    category: 'responsible-ml',
    definition:
      "A cycle in which a model's outputs shape the data it is next trained on, as when the ranking decides what gets clicked. It amplifies popularity and early mistakes, so break it with exploration traffic, propensity-weighted training and holdouts the model never touches.",
    seeAlso: [operations('feedback-loops-and-responsible-ml'), chapter('event-recommendation', 'operations'), chapter('similar-listings', 'operations')],
  },
  {
    id: 'inverse-propensity-weighting',
    term: 'Inverse propensity weighting',
    aliases: ['IPW', 'IPS', 'inverse propensity scoring'],
    category: 'responsible-ml',
    definition:
      'Weighting each logged example by one over the probability that the logging policy showed it, so rarely shown items count for more and the weighted data mimics uniformly random exposure. It removes the bias in expectation but inflates variance when propensities are tiny, so weights are clipped or propensities floored.',
    seeAlso: [chapter('video-search', 'operations'), chapter('video-recommendation', 'operations'), chapter('similar-listings', 'operations')],
  },
  {
    id: 'exploration',
    term: 'Exploration',
    aliases: ['explore-exploit', 'exploration slots'],
    category: 'responsible-ml',
    definition:
      'Deliberately showing items the model is unsure about, such as new or rarely shown ones, to gather data that would otherwise never be logged. It costs some short-term engagement, so give it a budget and a per-user cap and log the propensities so its data can be used for training.',
    seeAlso: [chapter('event-recommendation', 'operations'), chapter('video-recommendation', 'operations'), chapter('news-feed', 'operations')],
  },
  {
    id: 'multi-armed-bandit',
    term: 'Multi-armed bandit',
    aliases: ['contextual bandit', 'epsilon-greedy', 'UCB'],
    category: 'responsible-ml',
    definition:
      'A framework for choosing again and again among options with unknown payoffs, balancing the best option so far against learning about the others; contextual bandits condition that choice on user and item features. Epsilon-greedy, upper confidence bound and Thompson sampling are the standard policies, and they suit cold start and small slates better than a fixed experiment split.',
    seeAlso: [chapter('video-recommendation', 'model'), chapter('event-recommendation', 'model'), chapter('video-recommendation', 'follow-ups')],
  },
  {
    id: 'thompson-sampling',
    term: 'Thompson sampling',
    category: 'responsible-ml',
    definition:
      "A bandit policy that keeps a posterior distribution over each option's reward, draws one sample from each posterior and plays the option with the highest draw. Uncertain options win draws often enough to be explored and well-known good ones are exploited, with no tuning parameter beyond the prior.",
    seeAlso: [chapter('event-recommendation', 'model'), chapter('event-recommendation', 'self-check')],
  },
  {
    id: 'cold-start',
    term: 'Cold start',
    aliases: ['new user problem', 'new item problem'],
    category: 'responsible-ml',
    definition:
      'The problem of recommending to a new user, or recommending a new item, before either has interaction history. The standard answers are context and popularity for new users, content-based embeddings and exploration slots for new items, and a few onboarding questions where the product allows them.',
    seeAlso: [chapter('video-recommendation', 'model'), chapter('similar-listings', 'data'), chapter('similar-listings', 'model')],
  },
  {
    id: 'fairness',
    term: 'Fairness',
    aliases: ['algorithmic fairness', 'exposure fairness'],
    category: 'responsible-ml',
    definition:
      "Whether a model's errors and benefits are spread acceptably across groups of users or of providers such as creators and hosts. It has to be defined for the product, as equal error rates, exposure shares or a floor for new providers, and measured per slice, since the common definitions cannot all hold at once.",
    seeAlso: [chapter('event-recommendation', 'model'), chapter('people-you-may-know', 'operations'), operations('feedback-loops-and-responsible-ml')],
  },
  {
    id: 'differential-privacy',
    term: 'Differential privacy',
    aliases: ['DP'],
    category: 'responsible-ml',
    definition:
      "A guarantee that the output of a computation barely changes whether or not any one person's data is included, obtained by adding calibrated noise and governed by a privacy budget called epsilon. It protects against inferring individuals from aggregates or trained models, at a cost in accuracy that falls hardest on small groups.",
    seeAlso: [operations('feedback-loops-and-responsible-ml'), chapter('people-you-may-know', 'operations')],
  },
  {
    id: 'federated-learning',
    term: 'Federated learning',
    category: 'responsible-ml',
    definition:
      'Training a shared model across many devices without collecting their raw data: each device computes an update on its local data and a server aggregates the updates (McMahan and colleagues, AISTATS 2017). It suits keyboards and on-device personalization, but it is slow and hard to debug, and updates can still leak information without secure aggregation or differential privacy.',
    seeAlso: [operations('feedback-loops-and-responsible-ml'), chapter('people-you-may-know', 'operations')],
  },
  {
    id: 'human-review-queue',
    term: 'Human review queue',
    aliases: ['moderation queue', 'review queue'],
    category: 'responsible-ml',
    definition:
      'The queue of items routed to human moderators, usually those with uncertain scores or high potential harm, ordered by expected harm such as predicted severity times expected views. Reviewer capacity is a hard constraint that sets the thresholds, and review decisions become the freshest labels the models get.',
    seeAlso: [chapter('harmful-content-detection', 'serving'), chapter('harmful-content-detection', 'operations')],
  },
  {
    id: 'chargeback',
    term: 'Chargeback',
    aliases: ['dispute', 'fraud chargeback'],
    category: 'data',
    definition:
      "A reversal of a card payment that the cardholder's bank starts after a dispute, for example because the cardholder says the payment was not theirs. Fraud chargebacks are the main label in payment fraud detection, and they arrive over weeks to months and only for payments that were approved.",
    seeAlso: [chapter('payment-fraud-detection', 'data'), chapter('payment-fraud-detection', 'evaluation')],
  },
  {
    id: 'friendly-fraud',
    term: 'Friendly fraud',
    aliases: ['first-party misuse', 'first-party fraud'],
    category: 'data',
    definition:
      'A dispute filed as fraud by the account holder for a purchase they made or allowed themselves. It pollutes fraud labels and teaches a model that loyal customers are risky, so it is labelled and modelled apart from fraud with stolen credentials.',
    seeAlso: [chapter('payment-fraud-detection', 'data'), chapter('payment-fraud-detection', 'operations')],
  },
  {
    id: 'card-testing',
    term: 'Card testing',
    aliases: ['card enumeration', 'BIN attack'],
    category: 'operations',
    definition:
      'An attack that fires many small authorizations, often on one merchant, to learn which stolen card numbers still work. Each attempt looks harmless, so it is caught on aggregates per merchant, card range, device or IP address, by counters that include declined attempts.',
    seeAlso: [chapter('payment-fraud-detection', 'model'), chapter('payment-fraud-detection', 'operations')],
  },
  {
    id: 'velocity-features',
    term: 'Velocity features',
    aliases: ['velocity counters', 'velocity checks'],
    category: 'data',
    definition:
      'Counts and sums of recent activity per entity, such as attempts per card in the last minute or distinct cards per device in the last day. The shortest windows are updated inside the scoring call itself, because a burst of attempts arrives faster than a stream can update.',
    seeAlso: [chapter('payment-fraud-detection', 'data'), chapter('payment-fraud-detection', 'serving')],
  },
  {
    id: 'entity-graph',
    term: 'Entity graph',
    aliases: ['link analysis', 'identity graph'],
    category: 'data',
    definition:
      'A graph whose nodes are cards, accounts, devices, addresses and other identifiers, joined whenever one payment or login uses them together. Fraud rings reuse identifiers, so component size, known fraud nearby and node embeddings become features, with hub nodes capped and labels taken only as known at scoring time.',
    seeAlso: [chapter('payment-fraud-detection', 'data'), chapter('payment-fraud-detection', 'follow-ups')],
  },
  {
    id: 'reject-inference',
    term: 'Reject inference',
    aliases: ['selective labels'],
    category: 'training',
    definition:
      'Learning and evaluating a model when outcomes exist only for the cases an earlier decision let through, as with declined payments or rejected loan applications. The sound fix is to let a small random share through with a logged probability and weight those cases by its inverse in training and evaluation.',
    seeAlso: [chapter('payment-fraud-detection', 'data'), chapter('payment-fraud-detection', 'evaluation'), operations('feedback-loops-and-responsible-ml')],
  },
  {
    id: 'cost-sensitive-threshold',
    term: 'Cost-sensitive threshold',
    aliases: ['expected-cost decision rule', 'cost-based threshold'],
    category: 'evaluation',
    definition:
      'A decision threshold derived from the cost of each kind of error instead of from a metric such as F1: act when the probability times the cost of a miss exceeds its complement times the cost of a false alarm. Costs vary with amount, product and who bears the loss, so one model gets many thresholds, and its probabilities must be calibrated.',
    seeAlso: [chapter('payment-fraud-detection', 'framing'), metric('calibration-ratio', 'Calibration ratio')],
  },
  {
    id: 'step-up-authentication',
    term: 'Step-up authentication',
    aliases: ['strong customer authentication', 'SCA', '3-D Secure', 'challenge'],
    category: 'serving',
    definition:
      'Asking a customer to prove who they are during a payment, with a one-time code, an in-app confirmation or a 3-D Secure challenge, instead of approving or declining outright. It is often the cheapest action for uncertain payments, and in the EU it is the default that a risk-analysis exemption lets a provider skip only while its fraud rate stays under a reference rate.',
    seeAlso: [chapter('payment-fraud-detection', 'framing'), chapter('payment-fraud-detection', 'state-of-the-art')],
  },
  {
    id: 'adversarial-drift',
    term: 'Adversarial drift',
    aliases: ['adversarial concept drift'],
    category: 'operations',
    definition:
      'Drift caused by an opponent who changes behavior in response to the model, such as a fraud ring moving to another merchant or card range once blocked. It is abrupt, targeted and aimed at the features the model relies on most, so fast monitors on decision rates and early signals catch it long before mature labels do.',
    seeAlso: [chapter('payment-fraud-detection', 'operations'), operations('monitoring-and-drift')],
  },
  {
    id: 'kv-cache',
    term: 'KV cache',
    aliases: ['key-value cache'],
    category: 'serving',
    definition:
      'The keys and values of every earlier token that a transformer keeps in GPU memory while it generates, so each new token attends to them without recomputing the prompt. Its size per token (two times layers times key-value heads times head dimension times bytes per value), and the bandwidth spent reading all of it at every decode step, decide how many conversations a GPU holds and why long contexts are expensive.',
    seeAlso: [chapter('chat-assistant', 'serving'), chapter('chat-assistant', 'scale')],
  },
  {
    id: 'prefill-and-decode',
    term: 'Prefill and decode',
    aliases: ['prefill phase', 'decode phase'],
    category: 'serving',
    definition:
      'The two phases of generating with a language model: prefill processes the whole prompt in parallel and is bound by compute, while decode produces one token per step and is bound by memory bandwidth. Time to first token comes mostly from prefill and streaming speed from decode, which is why servers chunk, batch and sometimes place the two on separate GPU pools.',
    seeAlso: [chapter('chat-assistant', 'serving'), chapter('chat-assistant', 'state-of-the-art')],
  },
  {
    id: 'continuous-batching',
    term: 'Continuous batching',
    aliases: ['iteration-level scheduling', 'in-flight batching'],
    category: 'serving',
    definition:
      'Scheduling language-model requests so that the batch is re-formed at every decode step: finished answers leave and waiting requests join at once. It replaces static batches that keep the GPU waiting for their longest answer, and it is usually the first large throughput gain of an LLM server.',
    seeAlso: [chapter('chat-assistant', 'serving'), operations('serving-at-scale')],
  },
  {
    id: 'paged-attention',
    term: 'PagedAttention',
    aliases: ['paged KV cache', 'vLLM'],
    category: 'serving',
    definition:
      'A way to store the KV cache in fixed-size blocks found through a block table, the way an operating system pages virtual memory, introduced with the vLLM server. Nothing is reserved for a maximum length, fragmentation nearly disappears, and requests that share a prefix can point at the same blocks.',
    seeAlso: [chapter('chat-assistant', 'serving')],
  },
  {
    id: 'prefix-caching',
    term: 'Prefix caching',
    aliases: ['prompt caching', 'KV cache reuse'],
    category: 'serving',
    definition:
      'Keeping the KV cache of a prompt prefix, such as a shared system prompt or a conversation so far, so that later requests starting with the same tokens skip its prefill. It pays only if requests are routed to where the cache lives, and any change to the prefix, such as a new system prompt, invalidates it at once.',
    seeAlso: [chapter('chat-assistant', 'serving'), chapter('chat-assistant', 'scale')],
  },
  {
    id: 'speculative-decoding',
    term: 'Speculative decoding',
    aliases: ['speculative sampling', 'draft model'],
    category: 'serving',
    definition:
      'Producing several tokens per step by letting a small draft model propose them and the large model verify them all in one pass, keeping the longest run it accepts. The output distribution is unchanged, and the latency gain is largest at small batches, where decode is most bound by memory bandwidth.',
    seeAlso: [chapter('chat-assistant', 'serving'), chapter('chat-assistant', 'state-of-the-art')],
  },
  {
    id: 'time-to-first-token',
    term: 'Time to first token (TTFT)',
    aliases: ['TTFT', 'time per output token', 'TPOT', 'inter-token latency', 'goodput'],
    category: 'serving',
    definition:
      'The delay from sending a message until the first token of the answer arrives, paired with the time per output token that sets how fast the rest streams. Together they are what a chat user feels, so capacity is planned on goodput, the share of requests that meet targets on both.',
    seeAlso: [chapter('chat-assistant', 'evaluation'), chapter('chat-assistant', 'serving')],
  },
  {
    id: 'rlhf',
    term: 'Reinforcement learning from human feedback (RLHF)',
    aliases: ['RLHF', 'reward model', 'PPO'],
    category: 'training',
    definition:
      'Fine-tuning a language model toward answers people prefer: a reward model learns from human comparisons of two answers, then the model is optimized against that reward with a penalty for drifting from its supervised starting point. The penalty matters because a policy left free finds answers the reward model overrates, such as longer or more flattering ones.',
    seeAlso: [chapter('chat-assistant', 'model'), chapter('chat-assistant', 'data')],
  },
  {
    id: 'direct-preference-optimization',
    term: 'Direct preference optimization (DPO)',
    aliases: ['DPO'],
    category: 'training',
    definition:
      'Training a language model directly on pairs of preferred and rejected answers, with a classification-style loss on how much more likely the model makes each answer than a frozen reference model does. It skips the separate reward model and the sampling loop of RLHF, which makes it cheaper and more stable, at the cost of learning only from fixed pairs.',
    seeAlso: [chapter('chat-assistant', 'model')],
  },
  {
    id: 'sycophancy',
    term: 'Sycophancy',
    category: 'responsible-ml',
    definition:
      'The tendency of a model trained on human approval to agree with users, flatter them or abandon a correct answer when they push back. It grows when approval signals such as thumbs feedback enter the reward, so it needs its own evaluations that can block a release.',
    seeAlso: [chapter('chat-assistant', 'operations'), chapter('chat-assistant', 'evaluation')],
  },
  {
    id: 'retrieval-augmented-generation',
    term: 'Retrieval-augmented generation',
    aliases: ['RAG'],
    category: 'retrieval',
    definition:
      'Answering with a language model that is first given passages retrieved for the question, so the answer can draw on documents the model never saw in training and cite them (Lewis and colleagues, NeurIPS 2020). Most of its quality is decided by retrieval and parsing, not by the generator: a passage that was never retrieved cannot be cited.',
    seeAlso: [chapter('document-assistant', 'model'), chapter('document-assistant', 'framing')],
  },
  {
    id: 'chunking',
    term: 'Chunking',
    aliases: ['document chunking', 'passage splitting'],
    category: 'data',
    definition:
      'Splitting documents into passages of a few hundred tokens that are embedded, indexed and placed in prompts one by one, ideally along headings and with the document title and heading path attached. Small chunks match precisely but lose their context, large ones keep it but blur the embedding and cost prompt tokens, so the size is a trade-off to measure with retrieval recall.',
    seeAlso: [chapter('document-assistant', 'data'), chapter('document-assistant', 'state-of-the-art')],
  },
  {
    id: 'permission-aware-retrieval',
    term: 'Permission-aware retrieval',
    aliases: ['ACL filtering', 'security trimming', 'document-level access control'],
    category: 'retrieval',
    definition:
      "Restricting every search to the passages the asking user may read, by storing each document's allowed users and groups in the index and filtering inside the search rather than after it. Because index permissions lag the source systems, the final candidates are checked again live, and caches and shared conversations must follow the same rule or they leak.",
    seeAlso: [chapter('document-assistant', 'model'), chapter('document-assistant', 'operations')],
  },
  {
    id: 'groundedness',
    term: 'Groundedness',
    aliases: ['faithfulness', 'attribution'],
    category: 'evaluation',
    definition:
      'The share of claims in a generated answer that are entailed by the passages the answer cites, judged by people or by a validated judge model. A grounded answer can still be wrong when it faithfully repeats an outdated source, so it is reported next to correctness against reference answers.',
    seeAlso: [chapter('document-assistant', 'evaluation')],
  },
  {
    id: 'citation-precision',
    term: 'Citation precision',
    aliases: ['citation accuracy'],
    category: 'evaluation',
    definition:
      'The share of citations in generated answers that actually support the sentence they are attached to, the precision side of citation quality whose recall side is groundedness. Citations that point at passages which do not say what the sentence says make an answer look checked when it is not.',
    seeAlso: [chapter('document-assistant', 'evaluation')],
  },
  {
    id: 'llm-judge',
    term: 'LLM judge',
    aliases: ['LLM-as-a-judge', 'model-graded evaluation'],
    category: 'evaluation',
    definition:
      'A language model prompted or trained to grade outputs, such as whether an answer is supported by its sources or which of two answers is better, at a volume people cannot grade. It has its own errors and biases toward position, length and its own model family, so it is validated against human labels with agreement beyond chance before its numbers are trusted.',
    seeAlso: [chapter('document-assistant', 'evaluation'), chapter('document-assistant', 'state-of-the-art')],
  },
  {
    id: 'prediction-powered-inference',
    term: 'Prediction-powered inference',
    aliases: ['PPI'],
    category: 'evaluation',
    definition:
      "An estimate that takes a model's average prediction on a large unlabelled sample and corrects it by the model's average error on a small random human-labelled sample, giving a valid confidence interval (Angelopoulos and colleagues, Science 2023). Applied to an LLM judge it removes the judge's bias, but it narrows the interval only when the judge agrees closely with people.",
    seeAlso: [chapter('document-assistant', 'evaluation')],
  },
  {
    id: 'indirect-prompt-injection',
    term: 'Indirect prompt injection',
    aliases: ['prompt injection'],
    category: 'responsible-ml',
    definition:
      "An attack in which instructions are planted in content the model will read, such as a web page, an email or a wiki page, so that a system retrieving that content follows the attacker's instructions instead of its own. Defenses are layered: mark retrieved text as data, filter links and rendered content in outputs, and above all keep tools with side effects away from any model that reads untrusted text.",
    seeAlso: [chapter('document-assistant', 'operations'), chapter('document-assistant', 'state-of-the-art')],
  },
  {
    id: 'abstention',
    term: 'Abstention',
    aliases: ['answerability', 'selective answering'],
    category: 'evaluation',
    definition:
      'Declining to answer when the retrieved evidence does not support an answer, triggered by a low retrieval score or a failed verification, and shown with the nearest sources instead. It is evaluated on questions that have no answer the asker may see, where answering anyway is the failure, traded against false abstentions on answerable ones.',
    seeAlso: [chapter('document-assistant', 'model'), chapter('document-assistant', 'evaluation')],
  },
  // Delivery-time prediction: regression with honest ranges
  {
    id: 'estimated-time-of-arrival',
    term: 'Estimated time of arrival',
    aliases: ['ETA', 'delivery-time estimate'],
    category: 'training',
    definition:
      'The predicted time until a trip or an order ends, which a delivery app shows as a window before the order and updates while it is under way. It is best treated as a distribution rather than a number, because late and early cost differently and the promise shown is one chosen quantile of it.',
    seeAlso: [chapter('delivery-time-prediction', 'framing'), chapter('delivery-time-prediction', 'model')],
  },
  {
    id: 'quantile-regression',
    term: 'Quantile regression',
    aliases: ['pinball loss', 'quantile loss'],
    category: 'training',
    definition:
      'Regression that predicts a chosen quantile of the target instead of its mean, by minimizing the pinball loss, which charges an under-prediction tau times the miss and an over-prediction one minus tau times it. Several quantiles from one model give a range, and the quantile to promise follows from the ratio of the cost of being late to the cost of being early.',
    seeAlso: [chapter('delivery-time-prediction', 'model'), chapter('delivery-time-prediction', 'evaluation'), metric('mae', 'MAE')],
  },
  {
    id: 'prediction-interval',
    term: 'Prediction interval',
    aliases: ['predictive interval', 'uncertainty range'],
    category: 'evaluation',
    definition:
      'A range that should contain a new observation with a stated probability, such as the 10th to the 90th percentile of a delivery time for an 80 percent interval. It is honest only if about that share of real outcomes lands inside it in every slice that matters, which coverage and the interval score check.',
    seeAlso: [chapter('delivery-time-prediction', 'evaluation'), chapter('delivery-time-prediction', 'model')],
  },
  {
    id: 'coverage',
    term: 'Coverage',
    aliases: ['empirical coverage', 'interval coverage', 'late rate'],
    category: 'evaluation',
    definition:
      'The share of outcomes that fall inside their predicted intervals, or below a predicted upper quantile, compared with the level the intervals claim. Overall coverage can look right while slices such as rainy hours are badly under-covered, so it is reported per slice with enough examples for a gap to mean something.',
    seeAlso: [chapter('delivery-time-prediction', 'evaluation'), chapter('delivery-time-prediction', 'operations')],
  },
  {
    id: 'conformal-prediction',
    term: 'Conformal prediction',
    aliases: ['conformalized quantile regression', 'adaptive conformal inference'],
    category: 'evaluation',
    definition:
      "A family of methods that turn any model's predictions into intervals with a coverage guarantee, by calibrating an offset on held-out or recent errors. Online versions update the offset after every observed outcome, which keeps long-run coverage at its target even while the data drift.",
    seeAlso: [chapter('delivery-time-prediction', 'model'), chapter('delivery-time-prediction', 'state-of-the-art')],
  },
  {
    id: 'censored-labels',
    term: 'Censored labels',
    aliases: ['censoring', 'interval-censored data'],
    category: 'data',
    definition:
      "Labels known only as a bound or a range, such as a kitchen's prep time when the courier arrived after the food was ready, or the duration of an order cancelled while still waiting. Dropping them biases a model toward the cases that were fully observed, so the loss should charge a prediction only when it falls outside the known range.",
    seeAlso: [chapter('delivery-time-prediction', 'data'), chapter('delivery-time-prediction', 'model')],
  },
  {
    id: 'switchback-experiment',
    term: 'Switchback experiment',
    aliases: ['switchback test', 'region-time randomization'],
    category: 'evaluation',
    definition:
      'An experiment that randomizes whole regions and time windows between treatment and control, switching back and forth, so that everything sharing a pool of couriers or drivers runs under one policy at a time. It is analyzed at the region-time unit with allowances for carry-over between windows, and it cannot measure long-term effects on customers, who see both arms.',
    seeAlso: [chapter('delivery-time-prediction', 'evaluation'), operations('experimentation')],
  },
  {
    id: 'map-matching',
    term: 'Map matching',
    aliases: ['GPS map matching'],
    category: 'data',
    definition:
      'Snapping a noisy sequence of GPS points onto the road network to recover the path actually traveled and the speed on each road segment. It turns courier traces into reliable stage timestamps and into segment speeds per vehicle type, which a car traffic feed does not provide.',
    seeAlso: [chapter('delivery-time-prediction', 'data'), operations('features-batch-and-streaming')],
  },
];
