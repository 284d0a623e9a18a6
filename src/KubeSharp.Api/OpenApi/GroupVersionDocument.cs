namespace KubeSharp.Api.OpenApi;

/// <summary>One rendered <c>/openapi/v3/&lt;path&gt;</c> document and the hash the index links it with (SHA-512, upper-case hex, as upstream).</summary>
public sealed record GroupVersionDocument(string Path, byte[] Json, string Hash);
