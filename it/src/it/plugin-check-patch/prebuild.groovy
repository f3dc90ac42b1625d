// Before the first run: Preferences.java gets CRLF line endings and loses its final newline (it is
// kept with LF in git, so that no checkout setting can change what the test sees); then the sources
// are copied, as they are, to target/pristine/src, which verify.groovy compares the fixed ones with.
def crlf = new File(basedir, 'src/main/java/com/acme/Preferences.java')
crlf.setBytes(crlf.getText('UTF-8').replace('\r\n', '\n').replace('\n', '\r\n').replaceAll(/\r\n$/, '').getBytes('UTF-8'))

evaluate(new File(itScripts, 'migrate.groovy')).copyTree(new File(basedir, 'src'), new File(basedir, 'target/pristine/src'))
return true
