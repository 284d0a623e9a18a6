using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;

namespace KubeSharp.ApiServer.WatchCache;

/// <summary>
/// One object as the watch cache holds it: its encoded JSON (resourceVersion included, ready to be written to
/// any number of clients) and the labels and fields selectors are matched against, extracted once.
/// </summary>
public sealed class CachedObject(
    string key,
    string ns,
    string name,
    long resourceVersion,
    byte[] json,
    IReadOnlyDictionary<string, string>? labels,
    IReadOnlyDictionary<string, string> fields)
{
    public string Key { get; } = key;

    public string Namespace { get; } = ns;

    public string Name { get; } = name;

    public long ResourceVersion { get; } = resourceVersion;

    /// <summary>The object's JSON with its resourceVersion; never mutated.</summary>
    public byte[] Json { get; } = json;

    public IReadOnlyDictionary<string, string>? Labels { get; } = labels;

    public IReadOnlyDictionary<string, string> Fields { get; } = fields;

    /// <summary>A fresh, mutable copy of the object.</summary>
    public JsonObject ToObject() => ObjectCodec.Decode(Json, ResourceVersion);
}
