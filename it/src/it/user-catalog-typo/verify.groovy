// user-catalog-typo: a mistyped id of a paper that only refs.bib holds fails the compile; the error
// names the file and line, says which catalogs were searched, and suggests the user catalog's entry.
def log = new File(basedir, 'build.log').text

// Maven's compiler format, /abs/path/src/main/java/com/acme/asr/ChunkDecoder.java:[line,column], at the opening quote.
def error = ~/(?m)^\[ERROR\] .*\/src\/main\/java\/com\/acme\/asr\/ChunkDecoder\.java:\[15,10\] \[PaperUnknownId\] 2305\.31428 is not in the bundled seed catalog, .*refs\.bib, .*reading-list\.md\./
assert error.matcher(log).find() : "build.log has no [ERROR] line placing [PaperUnknownId] 2305.31428 at com/acme/asr/ChunkDecoder.java:[15,10] after searching both user catalogs"

def hint = 'Did you mean 2305.31482 (tanaka2023chunk: "Chunk-wise distillation for streaming transducers", 2023)?'
assert log.contains(hint) : "build.log lacks the suggestion '$hint'"

// the citation of the reading list's row on line 8 is fine: one error only
assert !log.contains('ChunkDecoder.java:[8,') : 'the citation of the Markdown catalog was reported'
assert log.count('[PaperUnknownId] 2305.31428') >= 1
assert log.contains('BUILD FAILURE')
