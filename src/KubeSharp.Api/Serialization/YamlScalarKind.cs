namespace KubeSharp.Api.Serialization;

/// <summary>What a plain YAML scalar resolves to under go-yaml v2's YAML 1.1 rules.</summary>
internal enum YamlScalarKind
{
    String,
    Null,
    Bool,
    Int,
    Float,

    /// <summary>Looks like a timestamp; go-yaml v2 still decodes it as a string, and quotes such strings on output.</summary>
    Timestamp,

    /// <summary>The merge key <c>&lt;&lt;</c>.</summary>
    Merge,
}
