// plugin-find: the match, its ids and the annotation to paste.
def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: 1 match for "galore":') : 'no match line'
assert log.contains('galore2024  GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection (2024)') : 'no title line'
assert log.contains('ids: arxiv:2403.03507') : 'no ids line'
assert log.contains('@Paper("2403.03507")') : 'no annotation to paste'
