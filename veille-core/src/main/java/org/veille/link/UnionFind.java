// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

/** Disjoint sets with path halving, over the integers 0..n-1. Not thread-safe: one per linking call. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
