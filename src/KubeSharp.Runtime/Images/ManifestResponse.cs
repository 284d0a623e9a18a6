namespace KubeSharp.Runtime.Images;

/// <summary>A manifest or index as a registry served it.</summary>
internal sealed record ManifestResponse(byte[] Body, string MediaType, string Digest);
