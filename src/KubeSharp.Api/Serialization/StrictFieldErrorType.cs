namespace KubeSharp.Api.Serialization;

/// <summary>The two kinds of strict decoding error upstream's decoder (sigs.k8s.io/json) reports.</summary>
public enum StrictFieldErrorType
{
    /// <summary>A field the type does not define: <c>unknown field "spec.foo"</c>.</summary>
    Unknown,

    /// <summary>A field given twice in one object: <c>duplicate field "metadata.name"</c>.</summary>
    Duplicate,
}
