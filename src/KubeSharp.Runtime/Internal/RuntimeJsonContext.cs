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
[JsonSerializable(typeof(SandboxRecord))]
[JsonSerializable(typeof(ContainerRecord))]
[JsonSerializable(typeof(KubeSharp.Runtime.Oci.Specs.OciSpec))]
[JsonSerializable(typeof(KubeSharp.Runtime.Oci.Specs.OciProcess))]
[JsonSerializable(typeof(KubeSharp.Runtime.Oci.Specs.OciResources))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext
{
}
