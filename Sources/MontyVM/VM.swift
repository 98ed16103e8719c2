// The virtual machine layer: values, heap, collector, dispatch loop and builtins.
// `VM` is the narrow entry the public Monty module uses.
import MontyCompiler
import MontySyntax

public enum VM {
  /// Checks a program: parse and compile (compile-time SyntaxErrors included).
  public static func check(_ source: SourceFile) throws(SyntaxError) -> Module {
    let module = try Compiler.parse(source)
    _ = try Compiler.compile(module, source: source)
    return module
  }
}
