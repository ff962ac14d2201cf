// Two namespaces that use each other, for NamespaceCycleTests to find: the first only inside a method body.
namespace CourseFunctions.Infra.Tests.Architecture.CycleSample.Calling
{
    internal sealed class Caller
    {
        public static int Call() => Called.Callee.Answer() + 1;
    }
}

namespace CourseFunctions.Infra.Tests.Architecture.CycleSample.Called
{
    internal sealed class Callee
    {
        public static int Answer() => 41;

        public static Calling.Caller? Nobody() => null;
    }
}
