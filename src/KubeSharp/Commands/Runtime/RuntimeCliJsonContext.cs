using System.Text.Json.Serialization;
using KubeSharp.Runtime;

namespace KubeSharp.Commands.Runtime;

/// <summary>
/// JSON for <c>kubesharp runtime</c>: crictl-style snake_case config files (<c>runp pod.json</c>,
/// <c>create POD container.json pod.json</c>) and indented output for <c>inspect</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(PodSandboxConfig))]
[JsonSerializable(typeof(ContainerConfig))]
[JsonSerializable(typeof(ContainerStatusResponse))]
[JsonSerializable(typeof(PodSandboxStatusResponse))]
[JsonSerializable(typeof(ImageStatusResponse))]
[JsonSerializable(typeof(ContainerStats))]
internal sealed partial class RuntimeCliJsonContext : JsonSerializerContext
{
}
