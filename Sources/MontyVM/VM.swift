// The virtual machine layer: values, heap, collector, dispatch loop and builtins (issue 3).
// Until it lands, this target only re-exposes the compiler's entry so the layering is in place.
import MontyCompiler
import MontySyntax

public enum VM {
  /// Checks a program as far as the current layers can: syntax only.
  public static func check(_ source: SourceFile) throws(SyntaxError) -> Module {
    try Compiler.parse(source)
  }
}
