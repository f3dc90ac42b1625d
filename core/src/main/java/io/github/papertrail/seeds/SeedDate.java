package io.github.papertrail.seeds;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a seed writes it, and the same in ISO 8601 where it is unambiguous: {@code 2024-07-10},
 * {@code 2024-08} for a month, {@code 2024} for a year, {@code --05-02} for a day without a year.
 */
public record SeedDate(String written, String iso, Integer year) {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH = "(?<month>[A-Z][a-z]{2,3})\\.?";

  /** "18 Jan 2024" (Hugo). */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<day>\\d{1,2}) " + MONTH + " (?<year>\\d{4})");

  /** "Jul. 10 2024", "Jun 16, 2021", "May 2" (awesome list, Daily Papers). */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + " +(?<day>\\d{1,2})(?:,? +(?<year>\\d{4}))?");

  /** "Aug. 2024". */
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + " +(?<year>\\d{4})");

  private static final Pattern YEAR = Pattern.compile("(?<year>(?:19|20)\\d{2})");

  /** "2025년 6월 27일" (Korean digest). */
  private static final Pattern KOREAN =
      Pattern.compile("(?<year>\\d{4})년 (?<month>\\d{1,2})월 (?<day>\\d{1,2})일");

  /**
   * Parses the whole of {@code text} as one of the seeds' date forms; null when it is none of them.
   */
  public static SeedDate parse(String text) {
    String written = text.strip();
    Matcher m;
    if ((m = DAY_MONTH_YEAR.matcher(written)).matches()
        || (m = MONTH_DAY_YEAR.matcher(written)).matches()) {
      Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
      if (month == null) {
        return null;
      }
      return ofDay(written, m.group("year"), month, Integer.parseInt(m.group("day")));
    }
    if ((m = KOREAN.matcher(written)).matches()) {
      return ofDay(
          written,
          m.group("year"),
          Integer.parseInt(m.group("month")),
          Integer.parseInt(m.group("day")));
    }
    if ((m = MONTH_YEAR.matcher(written)).matches()) {
      Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
      if (month == null) {
        return null;
      }
      int year = Integer.parseInt(m.group("year"));
      return new SeedDate(written, YearMonth.of(year, month).toString(), year);
    }
    if ((m = YEAR.matcher(written)).matches()) {
      int year = Integer.parseInt(m.group("year"));
      return new SeedDate(written, Integer.toString(year), year);
    }
    return null;
  }

  private static SeedDate ofDay(String written, String yearText, int month, int day) {
    try {
      if (yearText == null) {
        return new SeedDate(written, MonthDay.of(month, day).toString(), null);
      }
      int year = Integer.parseInt(yearText);
      return new SeedDate(written, LocalDate.of(year, month, day).toString(), year);
    } catch (DateTimeException e) {
      return null; // "Feb 30" is no date; the caller reports the line
    }
  }
}
