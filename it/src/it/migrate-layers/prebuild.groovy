// Before the first run: LayerNorm.java gets CRLF line endings (it is kept with LF in git, so that no
// checkout setting can change what the test sees), then the sources are copied, as they are, to
// target/pristine/src: verify.groovy applies the dry run's patch to that copy.
def crlf = new File(basedir, 'src/main/java/com/acme/nn/LayerNorm.java')
crlf.setBytes(crlf.getText('UTF-8').replace('\r\n', '\n').replace('\n', '\r\n').getBytes('UTF-8'))

evaluate(new File(itScripts, 'migrate.groovy')).copyTree(new File(basedir, 'src'), new File(basedir, 'target/pristine/src'))
return true
