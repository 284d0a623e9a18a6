using System.Text.Json.Serialization;
using KubeSharp.Runtime.Images;

namespace KubeSharp.Runtime.Internal;

/// <summary>Source-generated JSON for every document the runtime reads or writes.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(OciDescriptor))]
[JsonSerializable(typeof(OciManifest))]
[JsonSerializable(typeof(OciIndex))]
[JsonSerializable(typeof(OciImageConfig))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(RegistryErrorResponse))]
[JsonSerializable(typeof(ImageRecord))]
[JsonSerializable(typeof(DockerSaveManifestEntry[]))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext
{
}
