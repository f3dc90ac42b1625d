package io.github.papertrail.processor;

import io.github.papertrail.index.ElementName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * How the citation index names elements, Javadoc style: {@code com.acme.Lora}, {@code
 * com.acme.Lora#merge(int,java.util.List)}, {@code com.acme.Lora#Lora(int)}, {@code
 * com.acme.Lora#rank}, a package {@code com.acme}, a module {@code com.acme.ml}.
 */
final class ElementNames {

  private final Elements elements;
  private final Types types;

  ElementNames(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  String name(Element element) {
    return switch (element.getKind()) {
      case PACKAGE -> ((PackageElement) element).getQualifiedName().toString();
      case MODULE -> ((ModuleElement) element).getQualifiedName().toString();
      case METHOD, CONSTRUCTOR -> {
        ExecutableElement method = (ExecutableElement) element;
        TypeElement type = (TypeElement) method.getEnclosingElement();
        List<String> parameters = new ArrayList<>(method.getParameters().size());
        for (VariableElement parameter : method.getParameters()) {
          parameters.add(types.erasure(parameter.asType()).toString());
        }
        yield ElementName.executable(
            type.getQualifiedName().toString(),
            element.getKind() == ElementKind.CONSTRUCTOR ? null : method.getSimpleName().toString(),
            parameters);
      }
      default -> {
        if (element instanceof TypeElement type) {
          yield type.getQualifiedName().toString();
        }
        yield ElementName.field(
            name(element.getEnclosingElement()), element.getSimpleName().toString());
      }
    };
  }

  /**
   * The unit whose recompilation replaces an element's citations: its outermost type's binary name,
   * or {@code package com.acme}, or {@code module com.acme.ml}.
   */
  String owner(Element element) {
    Element e = element;
    while (true) {
      switch (e.getKind()) {
        case PACKAGE:
          return "package " + ((PackageElement) e).getQualifiedName();
        case MODULE:
          return "module " + ((ModuleElement) e).getQualifiedName();
        default:
          if (e instanceof TypeElement type
              && !(type.getEnclosingElement() instanceof TypeElement)) {
            return elements.getBinaryName(type).toString();
          }
          e = e.getEnclosingElement();
      }
    }
  }

  /**
   * The owners a compilation's root elements make up: their outermost types, packages and modules.
   */
  void addOwners(Iterable<? extends Element> roots, java.util.Set<String> owners) {
    for (Element root : roots) {
      owners.add(owner(root));
    }
  }
}
