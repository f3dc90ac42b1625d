// user-catalog-missing: without the team's catalog its papers are unknown, on their lines.
def log = new File(basedir, 'build.log').text
assert log =~ /Transformer\.java:\[6,8\] \[PaperUnknownId\] 1706\.03762 is not in the bundled seed catalog/ : 'no error for 1706.03762 on line 6'
assert log =~ /Transformer\.java:\[8,18\] \[PaperUnknownId\] 10\.1109\/jproc\.2021\.3058954 is not in/ : 'no error for the DOI on line 8'
