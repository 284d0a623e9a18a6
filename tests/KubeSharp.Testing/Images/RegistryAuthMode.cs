namespace KubeSharp.Testing.Images;

/// <summary>How a <see cref="LocalRegistry"/> authenticates clients.</summary>
public enum RegistryAuthMode
{
    /// <summary>Anonymous access.</summary>
    None,

    /// <summary>HTTP basic authentication from an htpasswd file.</summary>
    Basic,

    /// <summary>Bearer tokens issued by a <see cref="TestTokenServer"/> the registry sends clients to.</summary>
    Token,
}
