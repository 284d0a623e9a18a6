namespace KubeSharp.Api.Scheme;

/// <summary>Why a document could not be decoded to a registered type (upstream's IsMissingKind, IsMissingVersion, IsNotRegisteredError).</summary>
public enum DecodeFailure
{
    /// <summary>Not well-formed JSON or YAML, or a field whose value does not fit its type.</summary>
    Malformed,

    /// <summary>The document has no kind.</summary>
    MissingKind,

    /// <summary>The document has no apiVersion.</summary>
    MissingVersion,

    /// <summary>The apiVersion and kind name nothing registered.</summary>
    NotRegistered,
}
