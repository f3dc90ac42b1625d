package io.github.papertrail.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  /** input | scheme | normal form | version | cite form. The round-trip tests reuse these rows. */
  static final String ACCEPTED =
      """
      # arXiv, new style: YYMM >= 0704, 4 digits until 1412, 5 from 1501, v + integer without leading zero
      2106.09685                 | ARXIV | arxiv:2106.09685       |    | 2106.09685
      2106.09685v2               | ARXIV | arxiv:2106.09685       | 2  | 2106.09685v2
      2106.09685v10              | ARXIV | arxiv:2106.09685       | 10 | 2106.09685v10
      0704.0001                  | ARXIV | arxiv:0704.0001        |    | 0704.0001
      0704.0001v1                | ARXIV | arxiv:0704.0001        | 1  | 0704.0001v1
      1412.1234                  | ARXIV | arxiv:1412.1234        |    | 1412.1234
      1501.12345                 | ARXIV | arxiv:1501.12345       |    | 1501.12345
      0812.0001                  | ARXIV | arxiv:0812.0001        |    | 0812.0001
      9912.99999                 | ARXIV | arxiv:9912.99999       |    | 9912.99999
      # the arXiv: prefix, in any case
      arXiv:2106.09685           | ARXIV | arxiv:2106.09685       |    | 2106.09685
      ARXIV:2106.09685           | ARXIV | arxiv:2106.09685       |    | 2106.09685
      arxiv:2106.09685v2         | ARXIV | arxiv:2106.09685       | 2  | 2106.09685v2
      arxiv:hep-th/9901001v3     | ARXIV | arxiv:hep-th/9901001   | 3  | hep-th/9901001v3
      arXiv:math.GT/0309136      | ARXIV | arxiv:math/0309136     |    | math/0309136
      # arXiv, old style: 34 archives, .SC after math/cs/nlin/q-bio only, 9101 to 0703, NNN 001-999
      hep-th/9901001             | ARXIV | arxiv:hep-th/9901001   |    | hep-th/9901001
      hep-th/9901001v3           | ARXIV | arxiv:hep-th/9901001   | 3  | hep-th/9901001v3
      hep-th/9108001             | ARXIV | arxiv:hep-th/9108001   |    | hep-th/9108001
      hep-th/9101001             | ARXIV | arxiv:hep-th/9101001   |    | hep-th/9101001
      math/0703999               | ARXIV | arxiv:math/0703999     |    | math/0703999
      astro-ph/0001001           | ARXIV | arxiv:astro-ph/0001001 |    | astro-ph/0001001
      cond-mat/0612001v2         | ARXIV | arxiv:cond-mat/0612001 | 2  | cond-mat/0612001v2
      math-ph/9912999            | ARXIV | arxiv:math-ph/9912999  |    | math-ph/9912999
      supr-con/9609001           | ARXIV | arxiv:supr-con/9609001 |    | supr-con/9609001
      math.GT/0309136            | ARXIV | arxiv:math/0309136     |    | math/0309136
      cs.AI/0101001              | ARXIV | arxiv:cs/0101001       |    | cs/0101001
      nlin.CD/0001001            | ARXIV | arxiv:nlin/0001001     |    | nlin/0001001
      q-bio.CB/0406001v1         | ARXIV | arxiv:q-bio/0406001    | 1  | q-bio/0406001v1
      # arXiv URLs: abs, pdf, html on arXiv's own hosts; query and fragment ignored
      https://arxiv.org/abs/2106.09685v2          | ARXIV | arxiv:2106.09685     | 2 | 2106.09685v2
      https://arxiv.org/pdf/2309.12307            | ARXIV | arxiv:2309.12307     |   | 2309.12307
      https://arxiv.org/pdf/2405.09673v1          | ARXIV | arxiv:2405.09673     | 1 | 2405.09673v1
      https://www.arxiv.org/pdf/2409.09603        | ARXIV | arxiv:2409.09603     |   | 2409.09603
      https://export.arxiv.org/abs/2106.09685     | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://arxiv.org/abs/2403.09472#           | ARXIV | arxiv:2403.09472     |   | 2403.09472
      http://arxiv.org/html/2106.09685v1          | ARXIV | arxiv:2106.09685     | 1 | 2106.09685v1
      https://arxiv.org/html/2106.09685v1/        | ARXIV | arxiv:2106.09685     | 1 | 2106.09685v1
      https://arxiv.org/pdf/2106.09685v2.pdf      | ARXIV | arxiv:2106.09685     | 2 | 2106.09685v2
      https://arxiv.org/pdf/2106.09685.pdf        | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://arxiv.org/abs/2106.09685?context=cs | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://arxiv.org/abs/hep-th/9901001v2      | ARXIV | arxiv:hep-th/9901001 | 2 | hep-th/9901001v2
      HTTPS://ARXIV.ORG/abs/2106.09685            | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://arxiv.org/html/2106.09685v2         | ARXIV | arxiv:2106.09685     | 2 | 2106.09685v2
      https://export.arxiv.org/abs/2106.09685v3   | ARXIV | arxiv:2106.09685     | 3 | 2106.09685v3
      https://export.arxiv.org/pdf/2106.09685     | ARXIV | arxiv:2106.09685     |   | 2106.09685
      # other sites' pages about one arXiv paper: the arXiv id, as on arxiv.org
      https://huggingface.co/papers/2106.09685         | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://huggingface.co/papers/2106.09685v2       | ARXIV | arxiv:2106.09685     | 2 | 2106.09685v2
      https://www.huggingface.co/papers/2106.09685/    | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://huggingface.co/papers/2106.09685#community | ARXIV | arxiv:2106.09685   |   | 2106.09685
      https://hf.co/papers/2106.09685v3                | ARXIV | arxiv:2106.09685     | 3 | 2106.09685v3
      https://www.alphaxiv.org/abs/2106.09685          | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://www.alphaxiv.org/abs/2106.09685v2        | ARXIV | arxiv:2106.09685     | 2 | 2106.09685v2
      https://www.alphaxiv.org/overview/2106.09685     | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://alphaxiv.org/overview/2106.09685v1/      | ARXIV | arxiv:2106.09685     | 1 | 2106.09685v1
      https://www.alphaxiv.org/abs/hep-th/9901001      | ARXIV | arxiv:hep-th/9901001 |   | hep-th/9901001
      https://ar5iv.labs.arxiv.org/html/2106.09685     | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://ar5iv.labs.arxiv.org/html/2106.09685v2   | ARXIV | arxiv:2106.09685     | 2 | 2106.09685v2
      https://ar5iv.labs.arxiv.org/html/hep-th/9901001 | ARXIV | arxiv:hep-th/9901001 |   | hep-th/9901001
      https://ar5iv.org/abs/2106.09685                 | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://ar5iv.org/html/2106.09685v3              | ARXIV | arxiv:2106.09685     | 3 | 2106.09685v3
      https://www.semanticscholar.org/arxiv/2106.09685 | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://semanticscholar.org/arxiv/2106.09685v2   | ARXIV | arxiv:2106.09685     | 2 | 2106.09685v2
      https://www.semanticscholar.org/arxiv/math.GT/0309136 | ARXIV | arxiv:math/0309136 | | math/0309136
      # arXiv DOIs map to the arXiv id
      10.48550/arXiv.2106.09685                   | ARXIV | arxiv:2106.09685     |   | 2106.09685
      10.48550/ARXIV.2106.09685                   | ARXIV | arxiv:2106.09685     |   | 2106.09685
      doi:10.48550/arXiv.2106.09685               | ARXIV | arxiv:2106.09685     |   | 2106.09685
      https://doi.org/10.48550/arXiv.2106.09685   | ARXIV | arxiv:2106.09685     |   | 2106.09685
      10.48550/ARXIV.MATH.GT/0309136              | ARXIV | arxiv:math/0309136   |   | math/0309136
      # DOIs: 10 + .digits groups + / + suffix; lower case; doi: prefix in any case; doi.org URLs percent-decoded
      10.1145/3292500.3330701           | DOI | doi:10.1145/3292500.3330701 |  | 10.1145/3292500.3330701
      DOI:10.1000/XYZ                   | DOI | doi:10.1000/xyz             |  | 10.1000/xyz
      doi:10.1000/abc                   | DOI | doi:10.1000/abc             |  | 10.1000/abc
      https://doi.org/10.1000%2Fabc     | DOI | doi:10.1000/abc             |  | 10.1000/abc
      https://doi.org/10.1000/abc#frag  | DOI | doi:10.1000/abc             |  | 10.1000/abc
      http://dx.doi.org/10.1000/ABC     | DOI | doi:10.1000/abc             |  | 10.1000/abc
      https://www.doi.org/10.1000/abc   | DOI | doi:10.1000/abc             |  | 10.1000/abc
      https://doi.org/10.1000/%E4%BD%A0 | DOI | doi:10.1000/你              |  | 10.1000/你
      https://doi.org/10.1000/😀%2B     | DOI | doi:10.1000/😀+             |  | 10.1000/😀+
      10.123/abc                        | DOI | doi:10.123/abc              |  | 10.123/abc
      10.1000.10/abc                    | DOI | doi:10.1000.10/abc          |  | 10.1000.10/abc
      10.1000/a/b/c                     | DOI | doi:10.1000/a/b/c           |  | 10.1000/a/b/c
      10.1000/ÄÖü                       | DOI | doi:10.1000/äöü             |  | 10.1000/äöü
      10.1000/abc#def                   | DOI | doi:10.1000/abc#def         |  | 10.1000/abc#def
      10.1000/a+b?c                     | DOI | doi:10.1000/a+b?c           |  | 10.1000/a+b?c
      10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O | DOI | doi:10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o | | 10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o
      # ACL DOIs map to the Anthology id, its case restored
      10.18653/v1/2021.acl-long.353     | ACL | acl:2021.acl-long.353 |  | acl:2021.acl-long.353
      10.18653/v1/P18-1007              | ACL | acl:P18-1007          |  | acl:P18-1007
      https://doi.org/10.18653/v1/P18-1007 | ACL | acl:P18-1007       |  | acl:P18-1007
      # OpenReview: prefix or URL, [A-Za-z0-9_-]{9,13}, case kept
      openreview:0qSOodKmJaN            | OPENREVIEW | openreview:0qSOodKmJaN | | openreview:0qSOodKmJaN
      OpenReview:0qSOodKmJaN            | OPENREVIEW | openreview:0qSOodKmJaN | | openreview:0qSOodKmJaN
      openreview:-abcdefgh              | OPENREVIEW | openreview:-abcdefgh   | | openreview:-abcdefgh
      openreview:abcdefghijkl_          | OPENREVIEW | openreview:abcdefghijkl_ | | openreview:abcdefghijkl_
      https://openreview.net/forum?id=3d5CIRG1n2&noteId=x#y     | OPENREVIEW | openreview:3d5CIRG1n2  | | openreview:3d5CIRG1n2
      https://openreview.net/pdf?id=0qSOodKmJaN                 | OPENREVIEW | openreview:0qSOodKmJaN | | openreview:0qSOodKmJaN
      https://openreview.net/forum?noteId=abc&id=0qSOodKmJaN    | OPENREVIEW | openreview:0qSOodKmJaN | | openreview:0qSOodKmJaN
      # ACL Anthology: new YEAR.VENUE-VOLUME.NUMBER (0 = front matter), old [A-Z]NN-NNNN; URLs
      acl:2021.acl-long.353             | ACL | acl:2021.acl-long.353   | | acl:2021.acl-long.353
      ACL:2021.acl-long.353             | ACL | acl:2021.acl-long.353   | | acl:2021.acl-long.353
      acl:2020.emnlp-main.0             | ACL | acl:2020.emnlp-main.0   | | acl:2020.emnlp-main.0
      acl:P18-1007                      | ACL | acl:P18-1007            | | acl:P18-1007
      2021.acl-long.353                 | ACL | acl:2021.acl-long.353   | | acl:2021.acl-long.353
      2022.findings-acl.1               | ACL | acl:2022.findings-acl.1 | | acl:2022.findings-acl.1
      P18-1007                          | ACL | acl:P18-1007            | | acl:P18-1007
      K06-1001                          | ACL | acl:K06-1001            | | acl:K06-1001
      W18-6310                          | ACL | acl:W18-6310            | | acl:W18-6310
      https://aclanthology.org/2021.acl-long.353      | ACL | acl:2021.acl-long.353 | | acl:2021.acl-long.353
      https://aclanthology.org/2021.acl-long.353/     | ACL | acl:2021.acl-long.353 | | acl:2021.acl-long.353
      https://aclanthology.org/2021.acl-long.353.pdf  | ACL | acl:2021.acl-long.353 | | acl:2021.acl-long.353
      https://aclanthology.org/P18-1007.pdf           | ACL | acl:P18-1007          | | acl:P18-1007
      https://www.aclweb.org/anthology/P18-1007       | ACL | acl:P18-1007          | | acl:P18-1007
      https://www.aclweb.org/anthology/P18-1007/      | ACL | acl:P18-1007          | | acl:P18-1007
      https://www.aclweb.org/anthology/P18-1007.pdf   | ACL | acl:P18-1007          | | acl:P18-1007
      http://aclweb.org/anthology/P/P18/P18-1007.pdf  | ACL | acl:P18-1007          | | acl:P18-1007
      https://www.aclweb.org/anthology/2020.acl-main.1 | ACL | acl:2020.acl-main.1  | | acl:2020.acl-main.1
      # generic web pages: scheme and host lower-cased, fragment dropped, the rest kept
      https://oatllm.notion.site/oat-zero                      | URL | https://oatllm.notion.site/oat-zero                      | | https://oatllm.notion.site/oat-zero
      https://x.com/ramealexandre/status/1805525340699185493   | URL | https://x.com/ramealexandre/status/1805525340699185493   | | https://x.com/ramealexandre/status/1805525340699185493
      https://GitHub.com/foo/Bar#readme                        | URL | https://github.com/foo/Bar                               | | https://github.com/foo/Bar
      HTTP://Example.COM/Path?q=1&R=2                          | URL | http://example.com/Path?q=1&R=2                          | | http://example.com/Path?q=1&R=2
      https://example.com                                      | URL | https://example.com                                      | | https://example.com
      https://info.arxiv.org/help/arxiv_identifier.html        | URL | https://info.arxiv.org/help/arxiv_identifier.html        | | https://info.arxiv.org/help/arxiv_identifier.html
      https://www.aclweb.org/portal/content/acl-2018           | URL | https://www.aclweb.org/portal/content/acl-2018           | | https://www.aclweb.org/portal/content/acl-2018
      # other pages on the sites above that have pages about arXiv papers
      https://huggingface.co/meta-llama/Llama-2-7b             | URL | https://huggingface.co/meta-llama/Llama-2-7b             | | https://huggingface.co/meta-llama/Llama-2-7b
      https://huggingface.co/papers                            | URL | https://huggingface.co/papers                            | | https://huggingface.co/papers
      https://huggingface.co/papers/date/2024-01-01            | URL | https://huggingface.co/papers/date/2024-01-01            | | https://huggingface.co/papers/date/2024-01-01
      https://huggingface.co/papers/hep-th/9901001             | URL | https://huggingface.co/papers/hep-th/9901001             | | https://huggingface.co/papers/hep-th/9901001
      https://huggingface.co/datasets/2106.09685               | URL | https://huggingface.co/datasets/2106.09685               | | https://huggingface.co/datasets/2106.09685
      https://www.alphaxiv.org/explore                         | URL | https://www.alphaxiv.org/explore                         | | https://www.alphaxiv.org/explore
      https://www.alphaxiv.org/pdf/2106.09685                  | URL | https://www.alphaxiv.org/pdf/2106.09685                  | | https://www.alphaxiv.org/pdf/2106.09685
      https://www.alphaxiv.org/abs/hello                       | URL | https://www.alphaxiv.org/abs/hello                       | | https://www.alphaxiv.org/abs/hello
      https://ar5iv.labs.arxiv.org/                            | URL | https://ar5iv.labs.arxiv.org/                            | | https://ar5iv.labs.arxiv.org/
      https://ar5iv.org/html/                                  | URL | https://ar5iv.org/html/                                  | | https://ar5iv.org/html/
      https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776 | URL | https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776 | | https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776
      https://www.semanticscholar.org/search?q=2106.09685      | URL | https://www.semanticscholar.org/search?q=2106.09685      | | https://www.semanticscholar.org/search?q=2106.09685
      https://papers.huggingface.co/papers/2106.09685          | URL | https://papers.huggingface.co/papers/2106.09685          | | https://papers.huggingface.co/papers/2106.09685
      # catalog keys: a letter, then up to 99 of [A-Za-z0-9_.-]; kept as written
      hu2021lora                        | KEY | hu2021lora            | | hu2021lora
      Vaswani2017.attention-is_all      | KEY | Vaswani2017.attention-is_all | | Vaswani2017.attention-is_all
      x86                               | KEY | x86                   | | x86
      a                                 | KEY | a                     | | a
      gpt4                              | KEY | gpt4                  | | gpt4
      """;

  /**
   * input | a distinctive part of the reason | the suggestion's cite form, empty when there is
   * none.
   */
  static final String REJECTED =
      """
      # new-style arXiv boundaries
      0703.1234            | start at 0704 (April 2007), 0703 is earlier |
      0703.0001            | start at 0704                               |
      0612.1234            | start at 0704                               |
      1412.12345           | arXiv ids up to 1412 have a 4-digit sequence number, 1412.12345 has 5 |
      1501.1234            | arXiv ids from 1501 on have a 5-digit sequence number, 1501.1234 has 4 | 1501.01234
      2106.0968            | arXiv ids from 1501 on have a 5-digit sequence number, 2106.0968 has 4 |
      arxiv:2106.9685      | 2106.9685 has 4                             | 2106.09685
      0808.05394           | 0808.05394 has 5                            | 0808.5394
      2106.00000           | 00000 is never assigned                     |
      0704.0000            | 0000 is never assigned                      |
      2100.12345           | arXiv month 00 is not 01-12                 |
      2113.12345           | arXiv month 13 is not 01-12                 |
      # versions: v + integer from 1, no leading zero, lower-case v
      2106.09685v0         | start at v1                                 | 2106.09685
      2106.09685v01        | no leading zero                             | 2106.09685v1
      2106.09685v          | followed by a version number                | 2106.09685
      2106.09685V2         | lower-case v                                | 2106.09685v2
      2106.09685V          | followed by a version number                | 2106.09685
      hep-th/9901001V2     | lower-case v                                | hep-th/9901001v2
      hep-th/9901001v0     | start at v1                                 | hep-th/9901001
      # lenient look-alikes that arXiv's own parser repairs
      2106.09685.pdf       | a trailing ".pdf" is not part of an arXiv id | 2106.09685
      2106.09685v2.PDF     | trailing ".pdf"                             | 2106.09685v2
      /2106.09685          | leading '/'                                 | 2106.09685
      //2106.09685         | leading '/'                                 | 2106.09685
      /0703.1234           | start at 0704                               |
      2106.09685#section   | "#section" after the id                     | 2106.09685
      2106.09685/foo       | "/foo" after the id                         | 2106.09685
      2106.09685abc        | cannot continue with "abc"                  |
      0706.0001v1 [q-bio.CB] | after the id is not part of an arXiv id   | 0706.0001v1
      HEP-TH/9901001       | lower case: hep-th                          | hep-th/9901001
      hepth/9901001        | spelled 'hep-th'                            | hep-th/9901001
      hep-th9901001        | a '/' after the archive                     | hep-th/9901001
      arXiv2106.09685      | with a colon                                | 2106.09685
      # old-style arXiv rules
      math/1234567         | arXiv month 34 is not 01-12                 |
      foo/9901001          | archive 'foo' is not an arXiv archive       |
      hep-th/1601.07616    | no archive prefix                           | 1601.07616
      hep-th/9012001       | 9101 to 0703                                |
      math/0704001         | 9101 to 0703                                |
      hep-th/9913001       | arXiv month 13 is not 01-12                 |
      hep-th/9901000       | 000 is never assigned                       |
      hep-th/990100        | 7 digits (YYMMNNN)                          |
      hep-th//9901001      | one '/' after the archive, not 2            | hep-th/9901001
      math.GT///0309136v2  | one '/' after the archive, not 3            | math/0309136v2
      hep-th//9901000      | 000 is never assigned                       |
      hep-th//1601.07616   | no archive prefix                           | 1601.07616
      https://arxiv.org/abs/hep-th//9901001 | one '/' after the archive  | hep-th/9901001
      hep-th.GT/9901001    | only follows math, cs, nlin or q-bio        | hep-th/9901001
      math.gt/0309136      | two capital letters                         | math/0309136
      math.GTX/0309136     | two capital letters                         | math/0309136
      # arXiv: prefix
      arxiv:hello          | 'hello' is not an arXiv id                  |
      arxiv:               | nothing follows                             |
      arxiv: 2106.09685    | whitespace after 'arxiv:'                   | 2106.09685
      arXiv:2106.09685.pdf | trailing ".pdf"                             | 2106.09685
      arXiv:https://arxiv.org/abs/2106.09685 | without the 'arXiv:' prefix | 2106.09685
      openreview:https://openreview.net/forum?id=0qSOodKmJaN | without the 'openreview:' prefix | openreview:0qSOodKmJaN
      # arXiv URLs that are not papers, or carry broken ids
      https://arxiv.org/list/cs.CL/recent     | listing page is not a paper |
      https://arxiv.org/abs/2106              | not a paper                 |
      https://arxiv.org/                      | not a paper                 |
      https://arxiv.org/abs/2106.09685.pdf    | trailing ".pdf"             | 2106.09685
      https://arxiv.org/abs/0703.1234         | start at 0704               |
      arxiv.org/abs/2106.09685                | starts with https://        | 2106.09685
      # other sites' arXiv paper pages carrying broken ids: the arXiv rules, as on arxiv.org
      https://huggingface.co/papers/2106.9685          | 2106.9685 has 4             | 2106.09685
      https://huggingface.co/papers/2106.09685V2       | lower-case v                | 2106.09685v2
      https://huggingface.co/papers/0703.1234          | start at 0704               |
      https://huggingface.co/papers/2106.09685abc      | cannot continue with "abc"  |
      https://www.alphaxiv.org/abs/2106.09685.pdf      | trailing ".pdf"             | 2106.09685
      https://www.alphaxiv.org/overview/2113.12345     | arXiv month 13              |
      https://www.alphaxiv.org/abs/foo/9901001         | 'foo' is not an arXiv archive |
      https://ar5iv.labs.arxiv.org/html/2106.09685v0   | start at v1                 | 2106.09685
      https://ar5iv.org/abs/hep-th/1601.07616          | no archive prefix           | 1601.07616
      https://ar5iv.org/abs/2106.09685//               | "/" after the id            | 2106.09685
      https://www.semanticscholar.org/arxiv/HEP-TH/9901001 | lower case: hep-th      | hep-th/9901001
      https://www.semanticscholar.org/arxiv/2106.00000 | never assigned              |
      # DOIs
      10/gf4gqc            | ShortDOIs (10/abcd) are aliases, not DOIs; use the full DOI |
      10.1000/             | needs a suffix after the '/'                |
      10.1000              | needs a '/' and a suffix                    |
      10.abc/def           | dot-separated digits                        |
      10.1000/a b          | no whitespace                               |
      doi:hello            | dot-separated digits                        |
      https://doi.org/                  | does not name a DOI            |
      https://doi.org/10.1000%ZZabc     | percent-encoding is broken     |
      https://doi.org/10/gf4gqc         | ShortDOIs                      |
      10.48550/arXiv.0703.1234          | start at 0704                  |
      10.48550/arXiv.hello              | 'hello' is not one             |
      10.18653/v1/P18-1                 | volume, not a paper            |
      # OpenReview
      openreview:abcdefgh               | 9 to 13 characters, abcdefgh has 8 |
      openreview:abcdefghijklmn         | abcdefghijklmn has 14          |
      openreview:~First_Last1           | profile id, not a paper        |
      openreview:ICLR.cc/2024/Conference | venue id, not a paper         |
      openreview:abc$defghij            | only letters, digits           |
      https://openreview.net/forum?id=~First_Last1                    | profile id  |
      https://openreview.net/group?id=ICLR.cc/2024/Conference         | not a paper |
      https://openreview.net/forum                                    | not a paper |
      https://openreview.net/forum?id=abcdefgh                        | has 8       |
      0qSOodKmJaN          | a bare OpenReview id needs the prefix: openreview:0qSOodKmJaN | openreview:0qSOodKmJaN
      ~First_Last1         | profile id                                  |
      # ACL Anthology: volumes and collections are not papers; ids are case-sensitive
      P18-1                | volume, not a paper                         |
      W18-63               | volume, not a paper                         |
      2022.acl-main        | volume, not a paper                         |
      P18                  | collection                                  |
      2022.acl             | collection                                  |
      P18-100              | exactly 4 digits after the '-', P18-100 has 3 |
      P19-10001            | needs the prefix: openreview:P19-10001      | openreview:P19-10001
      acl:p18-1007         | case-sensitive                              | acl:P18-1007
      p18-1007             | case-sensitive                              | acl:P18-1007
      acl:2021.ACL-long.353 | case-sensitive                             | acl:2021.acl-long.353
      acl:2021.acl-long.0353 | no leading zero                           | acl:2021.acl-long.353
      acl:hello            | 'hello' is not an ACL Anthology id          |
      acl:P18              | collection                                  |
      https://aclanthology.org/2022.acl-long/     | volume, not a paper |
      https://aclanthology.org/events/acl-2022/   | not a paper         |
      https://aclanthology.org/                   | not a paper         |
      https://www.aclweb.org/anthology/P18-1      | volume              |
      aclanthology.org/P18-1007                   | starts with https:// | acl:P18-1007
      huggingface.co/papers/2106.09685            | starts with https:// | 2106.09685
      hf.co/papers/2106.09685v2                   | starts with https:// | 2106.09685v2
      www.alphaxiv.org/abs/2106.09685             | starts with https:// | 2106.09685
      ar5iv.labs.arxiv.org/html/1706.03762        | starts with https:// | 1706.03762
      semanticscholar.org/arxiv/2106.09685        | starts with https:// | 2106.09685
      huggingface.co/meta-llama/Llama-2-7b        | starts with https:// | https://huggingface.co/meta-llama/Llama-2-7b
      # prefixes, URLs and keys
      foo:bar              | unknown prefix 'foo:'; the accepted prefixes are arXiv:, doi:, openreview: and acl: |
      isbn:9780262035613   | unknown prefix 'isbn:'                      |
      https:/arxiv.org/abs/2106.09685 | unknown prefix 'https:'          |
      https://             | no host                                     |
      https://example.com/a b | a URL has no whitespace                  |
      hu 2021              | a catalog key is a letter followed by letters, digits, '_', '.' or '-', not ' ' |
      hu2021lora!          | not '!'                                     |
      12345                | not an identifier                           |
      -                    | not an identifier                           |
      """;

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(textBlock = ACCEPTED, delimiter = '|')
  void accepts(String input, Scheme scheme, String normalForm, Integer version, String citeForm) {
    Identifier id = valid(input);
    assertEquals(scheme, id.scheme());
    assertEquals(normalForm, id.normalForm());
    assertEquals(version, id.version());
    assertEquals(citeForm, id.citeForm());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(textBlock = REJECTED, delimiter = '|')
  void rejects(String input, String reason, String suggestion) {
    assertRejected(input, reason, suggestion);
  }

  static Stream<Arguments> rejectedAroundWhitespace() {
    return Stream.of(
        Arguments.of(null, "empty", null),
        Arguments.of("", "empty", null),
        Arguments.of("   ", "empty", null),
        Arguments.of(" 2106.09685", "surrounding whitespace", "2106.09685"),
        Arguments.of("2106.09685\n", "surrounding whitespace", "2106.09685"),
        Arguments.of("\thu2021lora ", "surrounding whitespace", "hu2021lora"),
        // The trimmed input is itself broken: its own suggestion is passed on.
        Arguments.of(" 2106.09685.pdf", "surrounding whitespace", "2106.09685"),
        Arguments.of(" foo/9901001 ", "surrounding whitespace", null),
        Arguments.of("a" + "b".repeat(100), "at most 100 characters, this one has 101", null),
        Arguments.of("10.1000/a\u0001b", "only printable characters", null),
        Arguments.of("10.1000/a\u00a0b", "no whitespace", null),
        Arguments.of("doi: 10.1000/abc", "whitespace after 'doi:'", "10.1000/abc"));
  }

  /**
   * Pasted from a PDF, a chat or a web page: other scripts' look-alike letters, full-width digits,
   * typographic hyphens and invisible format characters, each named by its code point.
   */
  static Stream<Arguments> rejectedLookAlikeCharacters() {
    return Stream.of(
        // a Cyrillic O among digits was meant as a zero; in a key, as the letter
        Arguments.of(
            "2106.\u041e9685",
            "\"\u041e\" (U+041E CYRILLIC CAPITAL LETTER O), the 6th character, looks like \"0\"",
            "2106.09685"),
        Arguments.of(
            "lor\u04302021",
            "(U+0430 CYRILLIC SMALL LETTER A), the 4th character, looks like \"a\"",
            "lora2021"),
        Arguments.of("\u03bfpenreview:abc", "(U+03BF GREEK SMALL LETTER OMICRON)", null),
        Arguments.of(
            "\uff12\uff11\uff10\uff16.\uff10\uff19\uff16\uff18\uff15",
            "(U+FF12 FULLWIDTH DIGIT TWO), the 1st character",
            "2106.09685"),
        Arguments.of("hep\u2011th/9901001", "(U+2011 NON-BREAKING HYPHEN)", "hep-th/9901001"),
        Arguments.of("10.1145\u22123292500", "(U+2212 MINUS SIGN)", null),
        Arguments.of(
            "https://arxiv.org/abs/2106.0968\u0465",
            "(U+0465 CYRILLIC SMALL LETTER IOTIFIED E), the 32nd character, is not ASCII",
            null),
        Arguments.of(
            "na\u00efve2020",
            "(U+00EF LATIN SMALL LETTER I WITH DIAERESIS), the 3rd character, is not ASCII",
            null),
        // invisible: rejected wherever they are, even in a page's URL
        Arguments.of(
            "2106.09685\u202e",
            "invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) is the 11th",
            "2106.09685"),
        Arguments.of(
            "\u200b10.1145/3292500.3330701",
            "(U+200B ZERO WIDTH SPACE) is the 1st",
            "10.1145/3292500.3330701"),
        Arguments.of(
            "https://example.org/a\u00adb", "(U+00AD SOFT HYPHEN)", "https://example.org/ab"),
        Arguments.of("\ufeff", "(U+FEFF ZERO WIDTH NO-BREAK SPACE)", null));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("rejectedLookAlikeCharacters")
  void rejectsLookAlikeCharactersNamingTheCodePoint(
      String input, String reason, String suggestion) {
    assertRejected(input, reason, suggestion);
  }

  @Test
  void aPageUrlMayHoldLettersOfAnyScript() {
    assertEquals(
        "https://example.org/\u00fcber", valid("https://example.org/\u00fcber").normalForm());
  }

  @Test
  void messagesShowInvisibleCharactersByCodePoint() {
    Malformed malformed = (Malformed) Identifier.parse("2106.09685\u202e");
    assertTrue(
        malformed.message().startsWith("malformed paper identifier \"2106.09685<U+202E>\""),
        malformed::message);
    assertFalse(malformed.message().contains("\u202e"), malformed::message);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("rejectedAroundWhitespace")
  void rejectsEmptyAndWhitespace(String input, String reason, String suggestion) {
    assertRejected(input, reason, suggestion);
  }

  @Test
  void acceptsAKeyOfExactly100Characters() {
    String key = "a" + "b".repeat(99);
    assertEquals(new Identifier(Scheme.KEY, key), valid(key));
  }

  /** IDENTIFIERS.md, "Where sources disagree": other parsers accept these, we do not. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "math/1234567",
        "foo/9901001",
        "hep-th/1601.07616",
        "0706.0001v1 [q-bio.CB]",
        "10/gf4gqc"
      })
  void rejectsWhatOtherParsersAccept(String input) {
    assertFalse(Identifier.parse(input).isValid());
  }

  static Stream<String> acceptedInputs() {
    return ACCEPTED
        .lines()
        .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(line -> line.substring(0, line.indexOf('|')).strip());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("acceptedInputs")
  void citeFormAndNormalFormParseBackToTheSameIdentifier(String input) {
    Identifier id = valid(input);
    Identifier fromCite = valid(id.citeForm());
    assertEquals(id.normalForm(), fromCite.normalForm());
    assertEquals(id, fromCite, "the cite form keeps the version");
    Identifier fromNormal = valid(id.normalForm());
    assertEquals(id.normalForm(), fromNormal.normalForm());
    assertNull(fromNormal.version(), "the normal form never holds a version");
    if (id.scheme() != Scheme.KEY) {
      assertEquals(
          id.normalForm(),
          valid(id.url()).normalForm(),
          "url() leads back to the paper: " + id.url());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2106.09685v2                  | https://arxiv.org/abs/2106.09685
      math.GT/0309136               | https://arxiv.org/abs/math/0309136
      10.1145/3292500.3330701       | https://doi.org/10.1145/3292500.3330701
      10.1000/a#b<c>?d              | https://doi.org/10.1000/a%23b%3Cc%3E%3Fd
      10.1000/你                    | https://doi.org/10.1000/%E4%BD%A0
      openreview:0qSOodKmJaN        | https://openreview.net/forum?id=0qSOodKmJaN
      acl:2021.acl-long.353         | https://aclanthology.org/2021.acl-long.353/
      P18-1007                      | https://aclanthology.org/P18-1007/
      https://oatllm.notion.site/oat-zero | https://oatllm.notion.site/oat-zero
      hu2021lora                    |
      """)
  void url(String input, String url) {
    assertEquals(url, valid(input).url());
  }

  @Test
  void toStringIsTheNormalFormWithTheVersion() {
    assertEquals("arxiv:2106.09685v2", valid("2106.09685v2").toString());
    assertEquals("arxiv:hep-th/9901001", valid("hep-th/9901001").toString());
    assertEquals("doi:10.1000/xyz", valid("DOI:10.1000/XYZ").toString());
    assertEquals("hu2021lora", valid("hu2021lora").toString());
  }

  @Test
  void schemePrefixes() {
    assertEquals(
        "arxiv doi openreview acl url key",
        String.join(" ", Arrays.stream(Scheme.values()).map(Scheme::prefix).toList()));
  }

  @Test
  void onlyArxivIdsHaveVersions() {
    assertThrows(IllegalArgumentException.class, () -> new Identifier(Scheme.DOI, "10.1000/x", 2));
    assertThrows(
        IllegalArgumentException.class, () -> new Identifier(Scheme.ARXIV, "2106.09685", 0));
  }

  @Test
  void parsedIdAccessors() {
    ParsedId valid = Identifier.parse("2106.09685");
    assertTrue(valid.isValid());
    assertEquals(new Identifier(Scheme.ARXIV, "2106.09685"), valid.id());
    assertEquals(valid.id(), valid.identifier().orElseThrow());
    assertEquals(valid.id(), valid.orElseThrow());

    ParsedId malformed = Identifier.parse("2106.09685.pdf");
    assertFalse(malformed.isValid());
    assertTrue(malformed.identifier().isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, malformed::id);
    assertEquals(
        "malformed paper identifier \"2106.09685.pdf\": a trailing \".pdf\" is not part of an arXiv id;"
            + " did you mean \"2106.09685\"?",
        e.getMessage());
  }

  private static Identifier valid(String input) {
    ParsedId parsed = Identifier.parse(input);
    if (parsed instanceof Malformed malformed) {
      throw new AssertionError("expected valid: " + malformed.message());
    }
    return ((Valid) parsed).id();
  }

  private static void assertRejected(String input, String reason, String suggestion) {
    Malformed malformed = assertInstanceOf(Malformed.class, Identifier.parse(input), input);
    assertEquals(input, malformed.input());
    assertTrue(malformed.reason().contains(reason), () -> "reason was: " + malformed.reason());
    if (suggestion == null) {
      assertNull(malformed.suggestion(), () -> "unexpected suggestion " + malformed.suggestion());
      return;
    }
    assertEquals(
        suggestion, malformed.suggestion() == null ? null : malformed.suggestion().citeForm());
    // A suggestion is only worth giving when it is itself valid.
    assertEquals(malformed.suggestion(), valid(suggestion));
  }
}
