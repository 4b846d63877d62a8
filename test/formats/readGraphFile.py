"""Reads a GraphML or GEXF file with networkx (an independent parser) and prints what it holds as JSON.

usage: python3 readGraphFile.py graphml|gexf FILE

Prints {"nodes": {id: attributes}, "edges": [{"id", "source", "target", "data"}], "parents": {id: parent id},
"graph": graph attributes}. For GraphML, "parents" is read from the nesting of the XML itself (networkx flattens
nested graphs); for GEXF from each node's pid.
"""
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

# networkx reads GEXF 1.3 from 3.6 on (networkx PR #8196: only the version's namespace was missing); Debian's
# python3-networkx is older, so teach it the namespace the same way
if "1.3" not in nx.readwrite.gexf.GEXF.versions:
    known = dict(nx.readwrite.gexf.GEXF.versions["1.2draft"])
    known.update(
        NS_GEXF="http://gexf.net/1.3",
        NS_VIZ="http://gexf.net/1.3/viz",
        SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        VERSION="1.3",
    )
    nx.readwrite.gexf.GEXF.versions["1.3"] = known


def graphml_parents(path):
    parents = {}

    def walk(element, enclosing):
        for child in element:
            if child.tag == GRAPHML + "node":
                parents[child.get("id")] = enclosing
                walk(child, child.get("id"))
            elif child.tag == GRAPHML + "graph":
                walk(child, enclosing)

    walk(ET.parse(path).getroot(), None)
    return parents


def main():
    form, path = sys.argv[1], sys.argv[2]
    if form == "graphml":
        graph = nx.read_graphml(path, force_multigraph=True)
        parents = graphml_parents(path)
    else:
        graph = nx.read_gexf(path, version="1.3")
        parents = {node: data.get("pid") for node, data in graph.nodes(data=True)}
    if graph.is_multigraph():
        triples = [(s, t, k, d) for s, t, k, d in graph.edges(keys=True, data=True)]
    else:  # networkx gives a simple graph when no two edges join the same pair: the id is then in the data
        triples = [(s, t, d.get("id"), d) for s, t, d in graph.edges(data=True)]
    for _, _, _, data in triples:
        if "spells" in data:  # networkx turns a missing end (or start) into the text "None" when timeformat is date
            data["spells"] = [[None if v in (None, "None") else v for v in spell] for spell in data["spells"]]
    edges = [{"id": key, "source": source, "target": target, "data": data} for source, target, key, data in triples]
    out = {
        "directed": graph.is_directed(),
        "nodes": {node: data for node, data in graph.nodes(data=True)},
        "edges": edges,
        "parents": parents,
        "graph": {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")},
    }
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


main()
