#!/usr/bin/env python3
"""Trains the parser's network (a Chen and Manning 2014 style feed-forward arc-eager parser) on the English Web
Treebank and writes its weights for Entente's model. Run by Scripts/train-parser; needs only numpy.

Inputs: the treebank's CoNLL-U files and the tags exported by `entente-train-parser` with EXPORT_TAGS (each
training sentence tagged by a tagger that never saw it; dev and test by the full tagger, on gold tokens).
Output: a little-endian file of the network (see `export`), read by Sources/Parser/Parsing/NetworkParser*.swift.

The features, the transition system and the rules for words the network never saw must stay as Swift reads them:
Sources/Parser/Parsing/NetworkParser+Features.swift.
"""
import os
import struct
import sys
import time

import numpy as np

SEED = int(os.environ.get("NETWORK_SEED", "7"))
HIDDEN = int(os.environ.get("NETWORK_HIDDEN", "256"))
WORD_DIM = int(os.environ.get("NETWORK_WORD_DIM", "64"))
TAG_DIM = 32
LABEL_DIM = 32
MISC_DIM = 16
STATIC_EPOCHS = int(os.environ.get("NETWORK_STATIC_EPOCHS", "7"))
EXPLORE_EPOCHS = int(os.environ.get("NETWORK_EXPLORE_EPOCHS", "5"))
EXPLORE_SHARE = float(os.environ.get("NETWORK_EXPLORE_SHARE", "0.5"))  # of the training sentences, each exploring epoch
ACTIVATION = os.environ.get("NETWORK_ACTIVATION", "relu")  # or "cube" (Chen and Manning's)
BATCH = 512
DROPOUT = float(os.environ.get("NETWORK_DROPOUT", "0.5"))
LEARNING_RATE = float(os.environ.get("NETWORK_LEARNING_RATE", "0.0007"))
WORD_DROPOUT = 0.25  # alpha in alpha / (alpha + count): rare words become UNK this often in training

# Positions read by the features (see positions()): stack 0-2, buffer 0-3, children and heads.
POSITIONS = 18
WORD_SLOTS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 14]
TAG_SLOTS = list(range(POSITIONS))
LABEL_SLOTS = [0, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16]
MISC_SIZES = [8, 5, 5, 5]  # distance bucket, s0 left valency, s0 right valency, b0 left valency
NULL, ROOT, UNK = 0, 1, 2  # word ids; tags and labels use NULL 0, ROOT/NONE 1
SHIFT, REDUCE, LEFT, RIGHT = 0, 1, 2, 3


def read_conllu(path):
    sentences = []
    words = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                sentences.append(words)
            words = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        words.append((cols[1], int(cols[6]), cols[7]))
    if words:
        sentences.append(words)
    return sentences


def normalise(form):
    """The word as the network reads it: ASCII capitals in lower case, digits as 0 (Swift: NetworkParser.normalised)."""
    out = []
    for ch in form:
        if "A" <= ch <= "Z":
            ch = ch.lower()
        elif "0" <= ch <= "9":
            ch = "0"
        out.append(ch)
    return "".join(out)


class State:
    __slots__ = ("n", "stack", "next", "heads", "labels", "left", "right")

    def __init__(self, n):
        self.n = n
        self.stack = [0]
        self.next = 1
        self.heads = [-1] * (n + 1)
        self.labels = [-1] * (n + 1)
        self.left = [[] for _ in range(n + 1)]
        self.right = [[] for _ in range(n + 1)]

    def final(self):
        return self.next > self.n and len(self.stack) <= 1

    def valid(self, t):
        empty = self.next > self.n
        top = self.stack[-1] if self.stack else None
        if t == SHIFT:
            return not empty
        if t == REDUCE:
            return top is not None and top != 0 and (self.heads[top] >= 0 or empty)
        if t == LEFT:
            return top is not None and top != 0 and not empty and self.heads[top] < 0
        return top is not None and not empty and (top != 0 or not self.right[0])

    def apply(self, t, label):
        if t == SHIFT:
            self.stack.append(self.next)
            self.next += 1
        elif t == REDUCE:
            self.stack.pop()
        elif t == LEFT:
            d = self.stack.pop()
            self.heads[d] = self.next
            self.labels[d] = label
            self.left[self.next].append(d)
        else:
            h = self.stack[-1]
            self.heads[self.next] = h
            self.labels[self.next] = label
            self.right[h].append(self.next)
            self.stack.append(self.next)
            self.next += 1

    def cost(self, t, gold):
        """Goldberg and Nivre's dynamic oracle for arc-eager (as ArcEagerState.cost)."""
        n, nxt, stack, heads = self.n, self.next, self.stack, self.heads
        top = stack[-1] if stack else None
        lost = 0
        if t == SHIFT:
            for item in stack:
                if gold[nxt] == item:
                    lost += 1
                if item != 0 and heads[item] < 0 and gold[item] == nxt:
                    lost += 1
            return lost
        if t == REDUCE:
            if heads[top] < 0 and gold[top] >= nxt:
                lost += 1
            for w in range(nxt, n + 1):
                if gold[w] == top:
                    lost += 1
            return lost
        if t == LEFT:
            if gold[top] > nxt:
                lost += 1
            for w in range(nxt, n + 1):
                if gold[w] == top:
                    lost += 1
            return lost
        if gold[nxt] != top and (gold[nxt] > nxt or gold[nxt] in stack):
            lost += 1
        for item in stack:
            if item != 0 and heads[item] < 0 and gold[item] == nxt:
                lost += 1
        return lost

    def finished_heads(self):
        result = list(self.heads)
        labels = list(self.labels)
        root = self.right[0][0] if self.right[0] else None
        for w in range(1, self.n + 1):
            if result[w] < 0:
                if root is not None:
                    result[w] = root
                else:
                    result[w] = 0
                    root = w
        return result, labels


def positions(s):
    """The 18 positions the features read (-1 none): as NetworkParser+Features.swift."""
    st = s.stack
    s0 = st[-1] if len(st) >= 1 else -1
    s1 = st[-2] if len(st) >= 2 else -1
    s2 = st[-3] if len(st) >= 3 else -1
    n = s.n
    b0 = s.next if s.next <= n else -1
    b1 = s.next + 1 if s.next + 1 <= n else -1
    b2 = s.next + 2 if s.next + 2 <= n else -1
    b3 = s.next + 3 if s.next + 3 <= n else -1

    def child(lst, rank):
        return lst[-1 - rank] if len(lst) > rank else -1

    s0l1 = child(s.left[s0], 0) if s0 >= 0 else -1
    s0l2 = child(s.left[s0], 1) if s0 >= 0 else -1
    s0r1 = child(s.right[s0], 0) if s0 >= 0 else -1
    s0r2 = child(s.right[s0], 1) if s0 >= 0 else -1
    b0l1 = child(s.left[b0], 0) if b0 >= 0 else -1
    b0l2 = child(s.left[b0], 1) if b0 >= 0 else -1
    s0l1l1 = child(s.left[s0l1], 0) if s0l1 >= 0 else -1
    s0r1r1 = child(s.right[s0r1], 0) if s0r1 >= 0 else -1
    s0h = s.heads[s0] if s0 > 0 else -1
    s1l1 = child(s.left[s1], 0) if s1 >= 0 else -1
    s1r1 = child(s.right[s1], 0) if s1 >= 0 else -1
    return [s0, s1, s2, b0, b1, b2, s0l1, s0l2, s0r1, s0r2, b0l1, b0l2, s0l1l1, s0r1r1, s0h, s1l1, s1r1, b3]


def distance_bucket(s0, b0):
    if s0 <= 0 or b0 <= 0:
        return 0
    d = b0 - s0
    if d <= 4:
        return d  # 1..4
    if d <= 6:
        return 5
    if d <= 9:
        return 6
    return 7


def features(s, word_ids, tag_ids):
    """Index vectors: words (10), tags (18), labels (11), misc (4)."""
    p = positions(s)
    w = [(word_ids[i] if i >= 0 else NULL) for i in (p[k] for k in WORD_SLOTS)]
    t = [(tag_ids[i] if i >= 0 else NULL) for i in p]
    lab = []
    for k in LABEL_SLOTS:
        i = p[k]
        if i < 0:
            lab.append(0)
        elif s.labels[i] < 0:
            lab.append(1)
        else:
            lab.append(s.labels[i] + 2)
    s0, b0 = p[0], p[3]
    m = [
        distance_bucket(s0, b0),
        min(len(s.left[s0]), 4) if s0 >= 0 else 0,
        min(len(s.right[s0]), 4) if s0 >= 0 else 0,
        min(len(s.left[b0]), 4) if b0 >= 0 else 0,
    ]
    return w, t, lab, m


class Network:
    def __init__(self, words, tags, labels, rng):
        self.sizes = dict(words=words, tags=tags, labels=labels)
        self.Ew = (rng.standard_normal((words, WORD_DIM)) * 0.1).astype(np.float32)
        self.Et = (rng.standard_normal((tags, TAG_DIM)) * 0.1).astype(np.float32)
        self.El = (rng.standard_normal((labels + 2, LABEL_DIM)) * 0.1).astype(np.float32)
        self.Em = (rng.standard_normal((sum(MISC_SIZES), MISC_DIM)) * 0.1).astype(np.float32)
        self.inputs = len(WORD_SLOTS) * WORD_DIM + len(TAG_SLOTS) * TAG_DIM + len(LABEL_SLOTS) * LABEL_DIM + len(MISC_SIZES) * MISC_DIM
        self.W1 = (rng.standard_normal((self.inputs, HIDDEN)) * np.sqrt(2.0 / self.inputs)).astype(np.float32)
        self.b1 = np.full(HIDDEN, 0.01 if ACTIVATION == "relu" else 0.0, np.float32)
        self.Wa = (rng.standard_normal((HIDDEN, 4)) * np.sqrt(1.0 / HIDDEN)).astype(np.float32)
        self.ba = np.zeros(4, np.float32)
        self.Wl = (rng.standard_normal((HIDDEN, labels)) * np.sqrt(1.0 / HIDDEN)).astype(np.float32)
        self.bl = np.zeros(labels, np.float32)
        self.params = ["Ew", "Et", "El", "Em", "W1", "b1", "Wa", "ba", "Wl", "bl"]
        self.m = {k: np.zeros_like(getattr(self, k)) for k in self.params}
        self.v = {k: np.zeros_like(getattr(self, k)) for k in self.params}
        self.step = 0
        self.misc_offsets = np.cumsum([0] + MISC_SIZES[:-1]).astype(np.int32)

    def embed(self, W, T, L, M):
        B = W.shape[0]
        return np.concatenate(
            [
                self.Ew[W].reshape(B, -1),
                self.Et[T].reshape(B, -1),
                self.El[L].reshape(B, -1),
                self.Em[M + self.misc_offsets].reshape(B, -1),
            ],
            axis=1,
        )

    @staticmethod
    def activate(Z):
        return Z * Z * Z if ACTIVATION == "cube" else np.maximum(Z, 0)

    def forward(self, W, T, L, M):
        X = self.embed(W, T, L, M)
        H = self.activate(X @ self.W1 + self.b1)
        return H @ self.Wa + self.ba, H @ self.Wl + self.bl

    def train_batch(self, W, T, L, M, targets, label_targets, lr, rng):
        """targets: (B, 4) 0/1 masks of the zero-cost transitions; label_targets: (B,) label or -1."""
        B = W.shape[0]
        X = self.embed(W, T, L, M)
        Z = X @ self.W1 + self.b1
        H = self.activate(Z)
        keep = (rng.random(H.shape) >= DROPOUT).astype(np.float32) / (1 - DROPOUT)
        Hd = H * keep
        A = Hd @ self.Wa + self.ba
        A -= A.max(axis=1, keepdims=True)
        P = np.exp(A)
        P /= P.sum(axis=1, keepdims=True)
        good = (P * targets).sum(axis=1, keepdims=True)
        loss = -np.log(np.maximum(good, 1e-12)).mean()
        Q = P * targets / np.maximum(good, 1e-12)
        dA = (P - Q) / B
        dWa = Hd.T @ dA
        dba = dA.sum(0)
        dHd = dA @ self.Wa.T
        arcs = label_targets >= 0
        dWl = np.zeros_like(self.Wl)
        dbl = np.zeros_like(self.bl)
        if arcs.any():
            Hl = Hd[arcs]
            Lg = Hl @ self.Wl + self.bl
            Lg -= Lg.max(axis=1, keepdims=True)
            PL = np.exp(Lg)
            PL /= PL.sum(axis=1, keepdims=True)
            idx = label_targets[arcs]
            loss += -np.log(np.maximum(PL[np.arange(len(idx)), idx], 1e-12)).sum() / B
            PL[np.arange(len(idx)), idx] -= 1
            dL = PL / B
            dWl = Hl.T @ dL
            dbl = dL.sum(0)
            dHd[arcs] += dL @ self.Wl.T
        dZ = dHd * keep * (3 * Z * Z if ACTIVATION == "cube" else (Z > 0))
        dW1 = X.T @ dZ
        db1 = dZ.sum(0)
        dX = dZ @ self.W1.T
        grads = dict(W1=dW1, b1=db1, Wa=dWa, ba=dba, Wl=dWl, bl=dbl)
        # Embeddings: scatter the input gradient back to the rows used.
        o = 0
        for name, idx, dim in (
            ("Ew", W, WORD_DIM),
            ("Et", T, TAG_DIM),
            ("El", L, LABEL_DIM),
            ("Em", M + self.misc_offsets, MISC_DIM),
        ):
            width = idx.shape[1] * dim
            g = np.zeros_like(getattr(self, name))
            np.add.at(g, idx.reshape(-1), dX[:, o : o + width].reshape(-1, dim))
            grads[name] = g
            o += width
        self.step += 1
        b1c, b2c = 0.9, 0.999
        for k in self.params:
            g = grads[k]
            if k in ("W1", "Wa", "Wl"):
                g = g + 1e-6 * getattr(self, k)
            self.m[k] = b1c * self.m[k] + (1 - b1c) * g
            self.v[k] = b2c * self.v[k] + (1 - b2c) * g * g
            mh = self.m[k] / (1 - b1c**self.step)
            vh = self.v[k] / (1 - b2c**self.step)
            p = getattr(self, k)
            p -= (lr * mh / (np.sqrt(vh) + 1e-8)).astype(np.float32)
        return loss


def parse_batch(net, sentences, word_ids, tag_ids, golds=None, explore=0.0, rng=None, collect=None):
    """Greedy parses of many sentences at once. With golds and collect, records each state's features, zero-cost
    transitions and the gold label, following the network's choice with probability `explore`, else the best
    zero-cost transition."""
    states = [State(len(s)) for s in sentences]
    active = [i for i, s in enumerate(states) if not s.final()]
    while active:
        feats = [features(states[i], word_ids[i], tag_ids[i]) for i in active]
        W = np.array([f[0] for f in feats], np.int32)
        T = np.array([f[1] for f in feats], np.int32)
        L = np.array([f[2] for f in feats], np.int32)
        M = np.array([f[3] for f in feats], np.int32)
        A, Lg = net.forward(W, T, L, M)
        still = []
        for row, i in enumerate(active):
            s = states[i]
            valid = [t for t in range(4) if s.valid(t)]
            if not valid:
                continue
            choice = max(valid, key=lambda t: A[row, t])
            label = int(np.argmax(Lg[row]))
            if golds is not None:
                gold, glabels = golds[i]
                costs = [s.cost(t, gold) if t in valid else 99 for t in range(4)]
                low = min(costs)
                best = max((t for t in valid if costs[t] == low), key=lambda t: A[row, t])
                arc = s.stack[-1] if best == LEFT else (s.next if best == RIGHT else None)
                collect.append((feats[row], [1.0 if c == low else 0.0 for c in costs], glabels[arc] if arc is not None else -1))
                if rng.random() >= explore:
                    choice = best
            elif choice == RIGHT and s.stack[-1] == 0:
                label = net.root_label
            s.apply(choice, label)
            if not s.final():
                still.append(i)
        active = still
    return states


def static_examples(sentences, word_ids, tag_ids, golds):
    """The oracle's path through each training sentence: left, right, reduce, shift, the first of zero cost."""
    W, T, L, M, Y, LY = [], [], [], [], [], []
    for i, sent in enumerate(sentences):
        s = State(len(sent))
        gold, glabels = golds[i]
        while not s.final():
            valid = [t for t in range(4) if s.valid(t)]
            if not valid:
                break
            costs = {t: s.cost(t, gold) for t in valid}
            low = min(costs.values())
            choice = next(t for t in (LEFT, RIGHT, REDUCE, SHIFT) if t in costs and costs[t] == low)
            w, t, lab, m = features(s, word_ids[i], tag_ids[i])
            W.append(w)
            T.append(t)
            L.append(lab)
            M.append(m)
            mask = [0.0] * 4
            mask[choice] = 1.0
            Y.append(mask)
            dep = s.stack[-1] if choice == LEFT else (s.next if choice == RIGHT else None)
            LY.append(glabels[dep] if dep is not None else -1)
            s.apply(choice, glabels[dep] if dep is not None else -1)
    return (
        np.array(W, np.int32),
        np.array(T, np.int32),
        np.array(L, np.int32),
        np.array(M, np.int32),
        np.array(Y, np.float32),
        np.array(LY, np.int32),
    )


def attachment(net, sentences, word_ids, tag_ids, label_names):
    total = uas = las = 0
    for start in range(0, len(sentences), 1000):
        chunk = sentences[start : start + 1000]
        states = parse_batch(net, chunk, word_ids[start : start + 1000], tag_ids[start : start + 1000])
        for sent, s in zip(chunk, states):
            heads, labels = s.finished_heads()
            for k, (_, h, rel) in enumerate(sent, start=1):
                total += 1
                if heads[k] == h:
                    uas += 1
                    name = label_names[labels[k]] if labels[k] >= 0 else "root" if heads[k] == 0 else "dep"
                    if heads[k] == 0:
                        name = "root"
                    if name.split(":")[0] == rel.split(":")[0]:
                        las += 1
    return uas / total, las / total


def export(net, path, vocabulary, tag_count, label_names):
    """Little-endian: magic 'ENTNET01', sizes and the activation (0 rectified, 1 cube), the slots, words (UTF-8, length-prefixed) in id order, labels,
    then the arrays as float16 (embeddings, W1 rows by input, b1, Wa, ba, Wl, bl)."""
    out = bytearray(b"ENTNET01")

    def u32(v):
        out.extend(struct.pack("<I", v))

    def string(s):
        b = s.encode("utf-8")
        u32(len(b))
        out.extend(b)

    def arr(a):
        a = np.ascontiguousarray(a, dtype=np.float32)
        u32(a.size)
        out.extend(a.astype("<f2").tobytes())

    for v in (HIDDEN, WORD_DIM, TAG_DIM, LABEL_DIM, MISC_DIM, POSITIONS, 1 if ACTIVATION == "cube" else 0):
        u32(v)
    for slots in (WORD_SLOTS, TAG_SLOTS, LABEL_SLOTS, MISC_SIZES):
        u32(len(slots))
        for v in slots:
            u32(v)
    u32(len(vocabulary))
    for w in vocabulary:
        string(w)
    u32(tag_count)
    u32(len(label_names))
    for name in label_names:
        string(name)
    for a in (net.Ew, net.Et, net.El, net.Em, net.W1, net.b1, net.Wa, net.ba, net.Wl, net.bl):
        arr(a)
    with open(path, "wb") as f:
        f.write(out)
    return len(out)


def main():
    treebank, tags_dir, output = sys.argv[1], sys.argv[2], sys.argv[3]
    rng = np.random.default_rng(SEED)
    train = read_conllu(os.path.join(treebank, "en_ewt-ud-train.conllu"))
    dev = read_conllu(os.path.join(treebank, "en_ewt-ud-dev.conllu"))
    tag_lines = lambda name: [[int(t) for t in line.split()] for line in open(os.path.join(tags_dir, name)).read().split("\n")[: -1]]
    train_tags = tag_lines("tags-train.txt")
    dev_tags = tag_lines("tags-dev.txt")
    classes = [line for line in open(os.path.join(tags_dir, "classes.txt")).read().split("\n") if line]
    assert len(train_tags) == len(train) and len(dev_tags) == len(dev)
    limit = int(os.environ.get("NETWORK_LIMIT", "0"))
    if limit:
        train, train_tags, dev, dev_tags = train[:limit], train_tags[:limit], dev[:limit // 4], dev_tags[:limit // 4]
    counts = {}
    for sent in train:
        for form, _, _ in sent:
            w = normalise(form)
            counts[w] = counts.get(w, 0) + 1
    # Words seen twice or more, most frequent first (Swift precomputes the first ones' products).
    vocabulary = sorted((w for w, c in counts.items() if c >= 2), key=lambda w: (-counts[w], w))
    word_index = {w: i + 3 for i, w in enumerate(vocabulary)}
    label_names = sorted({rel for sent in train for _, _, rel in sent} - {"root"}) + ["root"]
    label_index = {name: i for i, name in enumerate(label_names)}

    def ids(sentences, tags):
        w = [[ROOT] + [word_index.get(normalise(f), UNK) for f, _, _ in s] for s in sentences]
        t = [[1] + [c + 2 for c in tg] for tg in tags]
        g = [([0] + [h for _, h, _ in s], [-1] + [label_index.get(r, 0) for _, _, r in s]) for s in sentences]
        return w, t, g

    train_w, train_t, train_g = ids(train, train_tags)
    dev_w, dev_t, _ = ids(dev, dev_tags)
    net = Network(len(vocabulary) + 3, len(classes) + 2, len(label_names), rng)
    net.root_label = label_index["root"]
    print(f"vocabulary {len(vocabulary)}, tags {len(classes)}, labels {len(label_names)}, inputs {net.inputs}, hidden {HIDDEN}", flush=True)
    begin = time.time()
    W, T, L, M, Y, LY = static_examples(train, train_w, train_t, train_g)
    print(f"{len(Y)} oracle transitions in {time.time() - begin:.0f} s", flush=True)
    word_counts = np.zeros(len(vocabulary) + 3)
    for w, i in word_index.items():
        word_counts[i] = counts[w]
    drop_probability = np.where(word_counts > 0, WORD_DROPOUT / (WORD_DROPOUT + word_counts), 0).astype(np.float32)
    best = (0.0, None)
    lr = LEARNING_RATE
    epochs = STATIC_EPOCHS + EXPLORE_EPOCHS
    for epoch in range(epochs):
        start = time.time()
        if epoch >= STATIC_EPOCHS:
            # Exploration: the network parses the training sentences, learning the zero-cost transitions from
            # where its own choices lead (Goldberg and Nivre 2012).
            collect = []
            order = rng.permutation(len(train))[: int(len(train) * EXPLORE_SHARE)]
            for chunk in range(0, len(order), 2000):
                part = order[chunk : chunk + 2000]
                parse_batch(
                    net, [train[i] for i in part], [train_w[i] for i in part], [train_t[i] for i in part],
                    golds=[train_g[i] for i in part], explore=0.9, rng=rng, collect=collect)
            W = np.array([c[0][0] for c in collect], np.int32)
            T = np.array([c[0][1] for c in collect], np.int32)
            L = np.array([c[0][2] for c in collect], np.int32)
            M = np.array([c[0][3] for c in collect], np.int32)
            Y = np.array([c[1] for c in collect], np.float32)
            LY = np.array([c[2] for c in collect], np.int32)
        order = rng.permutation(len(Y))
        total = 0.0
        for b in range(0, len(order), BATCH):
            idx = order[b : b + BATCH]
            Wb = W[idx].copy()
            drop = rng.random(Wb.shape) < drop_probability[Wb]
            Wb[drop] = UNK
            total += net.train_batch(Wb, T[idx], L[idx], M[idx], Y[idx], LY[idx], lr, rng) * len(idx)
        uas, las = attachment(net, dev, dev_w, dev_t, label_names)
        print(f"epoch {epoch + 1}: loss {total / len(Y):.4f}, dev UAS {uas:.4f} LAS {las:.4f} (gold tokens, predicted tags), {time.time() - start:.0f} s", flush=True)
        if las > best[0]:
            best = (las, {k: getattr(net, k).copy() for k in net.params})
            export(net, output, vocabulary, len(classes) + 2, label_names)  # the best so far, in case of a stop
        lr *= 0.9
    for k, v in best[1].items():
        setattr(net, k, v)
    size = export(net, output, vocabulary, len(classes) + 2, label_names)
    print(f"wrote {output}: {size} bytes (best dev LAS {best[0]:.4f})")


if __name__ == "__main__":
    main()
