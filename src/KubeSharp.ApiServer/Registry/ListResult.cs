using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Registry;

/// <summary>One page of a list: the items, the revision it was read at, and how to continue.</summary>
public sealed record ListResult(IReadOnlyList<JsonObject> Items, long ResourceVersion, string Continue, long? RemainingItemCount);
