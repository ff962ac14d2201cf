using System.Reflection;
using System.Reflection.Emit;

namespace CourseFunctions.Infra.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which others of the same assembly, read from the compiled code: the types in
/// signatures (bases, interfaces, fields, properties, parameters, returns, locals, attributes, generic arguments) and
/// every type, method and field a method body names in its IL. Compiler-made types (lambdas, async state machines)
/// are nested in the type they came from, so their uses count for its namespace. Constants are copied into the code
/// that reads them and leave no trace; everything else that compiles into a reference does.
/// </summary>
internal static class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>For each namespace, the other namespaces of the assembly it uses, each with one type that shows it.</summary>
    public static Dictionary<string, Dictionary<string, string>> Of(Assembly assembly)
    {
        var edges = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in assembly.GetTypes())
        {
            if (type.Namespace is not { } from) continue;
            foreach (var used in UsedTypes(type))
            {
                if (used.Assembly != assembly || used.Namespace is not { } to || to == from) continue;
                var uses = edges.TryGetValue(from, out var found) ? found : edges[from] = [];
                uses.TryAdd(to, $"{type.FullName} uses {used.FullName}");
            }
        }
        return edges;
    }

    /// <summary>The groups of two or more namespaces that reach each other (Tarjan's strongly connected components).</summary>
    public static List<List<string>> Cycles(Dictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in edges.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do component.Add(member = stack.Pop()); while (member != node);
            if (component.Count > 1) cycles.Add(component);
        }

        foreach (var node in edges.Keys.ToList()) if (!index.ContainsKey(node)) Visit(node);
        return cycles;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var direct = new List<Type?> { type.BaseType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(Attributes(type));
        foreach (var field in type.GetFields(Declared)) direct.AddRange([field.FieldType, .. Attributes(field)]);
        foreach (var property in type.GetProperties(Declared)) direct.AddRange([property.PropertyType, .. Attributes(property)]);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) direct.Add(info.ReturnType);
            direct.AddRange(method.GetParameters().Select(parameter => parameter.ParameterType));
            direct.AddRange(Attributes(method));
            direct.AddRange(method.GetMethodBody()?.LocalVariables.Select(local => local.LocalType) ?? []);
            direct.AddRange(TypesInBody(type, method));
        }
        return direct.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Attributes(MemberInfo member) => member.GetCustomAttributesData().Select(data => data.AttributeType);

    /// <summary>The type itself, or what an array, reference or generic type is made of.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        if (type.IsGenericParameter) return [];
        if (type.IsConstructedGenericType) return [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Unwrap)];
        return [type];
    }

    /// <summary>The types, and the declaring types of the methods and fields, named by the method's IL tokens.</summary>
    private static IEnumerable<Type> TypesInBody(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            short value = il[at++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[at++]));
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!;
                    if (member is Type named) yield return named;
                    else
                    {
                        yield return member.DeclaringType!;
                        if (member is MethodInfo { IsGenericMethod: true } generic)
                            foreach (var argument in generic.GetGenericArguments()) yield return argument;
                    }
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                default:
                    at += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4, // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
    };
}
