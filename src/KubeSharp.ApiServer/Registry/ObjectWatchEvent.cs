using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Registry;

/// <summary>One event on a watch stream: a type and the object as of <see cref="ResourceVersion"/>.</summary>
public sealed record ObjectWatchEvent(string Type, JsonObject Object, long ResourceVersion);
