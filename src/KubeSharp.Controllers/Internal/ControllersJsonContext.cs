using System.Text.Json.Serialization;

namespace KubeSharp.Controllers.Internal;

/// <summary>Source-generated JSON for the few plain values controllers write into patches.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class ControllersJsonContext : JsonSerializerContext;
