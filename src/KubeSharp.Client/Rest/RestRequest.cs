namespace KubeSharp.Client.Rest;

/// <summary>
/// One request to the API server: method, path (with its query), optional body. <see cref="Group"/>,
/// <see cref="Resource"/> and <see cref="Name"/> only word the error when the server answers without a Status.
/// </summary>
public sealed record RestRequest(HttpMethod Method, string PathAndQuery)
{
    public byte[]? Body { get; init; }

    /// <summary>The body's media type; JSON unless a patch says otherwise.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>A watch: no request timeout, the response is streamed.</summary>
    public bool Watch { get; init; }

    public string Group { get; init; } = "";

    public string Resource { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The verb for error messages (get, list, create, update, patch, delete, watch).</summary>
    public string Verb { get; init; } = "";
}
