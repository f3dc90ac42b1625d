package io.github.papertrail.index;

import java.util.List;

/**
 * How the citation index names elements, Javadoc style: {@code com.acme.Lora}, {@code
 * com.acme.Lora#merge(int,java.util.List)}, {@code com.acme.Lora#Lora(int)} (a constructor), {@code
 * com.acme.Lora#rank}, a package {@code com.acme}, a module {@code com.acme.ml}. The processor
 * (from javac's elements) and the Maven plugin (from class files) both name them here, so their
 * names agree.
 */
public final class ElementName {

  private ElementName() {}

  /** A field, enum constant or record component of a type: {@code com.acme.Lora#rank}. */
  public static String field(String typeName, String fieldName) {
    return typeName + "#" + fieldName;
  }

  /**
   * A method, or a constructor when {@code methodName} is null: {@code
   * com.acme.Lora#merge(int,java.util.List)}, {@code com.acme.Lora#Lora(int)}.
   *
   * @param typeName the declaring type's canonical name ({@code com.acme.Outer.Inner})
   * @param parameterTypes the erased parameter types' canonical names, as declared (no synthetic
   *     ones)
   */
  public static String executable(String typeName, String methodName, List<String> parameterTypes) {
    String name =
        methodName != null ? methodName : typeName.substring(typeName.lastIndexOf('.') + 1);
    return typeName + "#" + name + "(" + String.join(",", parameterTypes) + ")";
  }

  /**
   * The source path relative to its root, {@code com/acme/Lora.java}, from the package and the file
   * name.
   */
  public static String sourcePath(String packageName, String fileName) {
    String simple = fileName.replace('\\', '/');
    simple = simple.substring(simple.lastIndexOf('/') + 1);
    return packageName.isEmpty() ? simple : packageName.replace('.', '/') + "/" + simple;
  }
}
