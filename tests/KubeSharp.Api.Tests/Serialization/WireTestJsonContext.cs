using System.Text.Json.Serialization;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

/// <summary>The production options (KubeJsonContext's) applied to test-only types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TimeConverter), typeof(MicroTimeConverter), typeof(DurationConverter), typeof(QuantityConverter), typeof(IntOrStringConverter)])]
[JsonSerializable(typeof(WireTypesHolder))]
internal sealed partial class WireTestJsonContext : JsonSerializerContext;
