package io.github.papertrail.config;

/** Where a user configures papertrail, and how an option is written there. */
public enum FrontEnd {
  /** The annotation processor: {@code -Apapertrail.unknown=warning}. */
  PROCESSOR {
    @Override
    public String written(String option, String value) {
      return "-Apapertrail." + option + "=" + value;
    }

    @Override
    public String catalogsAdvice() {
      return "option papertrail.catalogs";
    }
  },
  /** The javac plugin: {@code -Xplugin:"Papertrail unknown=warning"}. */
  JAVAC_PLUGIN {
    @Override
    public String written(String option, String value) {
      return "-Xplugin:Papertrail " + option + "=" + value;
    }

    @Override
    public String catalogsAdvice() {
      return "plugin option catalogs=…";
    }
  },
  /** The Maven goals: {@code <catalogs>} in the plugin's configuration. */
  MAVEN {
    @Override
    public String written(String option, String value) {
      return "<" + option + ">" + value + "</" + option + ">";
    }

    @Override
    public String catalogsAdvice() {
      return "<catalogs>";
    }
  };

  /** The option with its value, as this front end's users write it. */
  public abstract String written(String option, String value);

  /** How this front end's users add a catalog, named after an unknown identifier's advice. */
  public abstract String catalogsAdvice();
}
