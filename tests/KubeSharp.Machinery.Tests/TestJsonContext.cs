using System.Text.Json.Serialization;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Tests.Apply;
using KubeSharp.Machinery.Tests.Patch.Strategic;

namespace KubeSharp.Machinery.Tests;

/// <summary>Serializer metadata for the test-only API-like types, with KubeJson's options.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TimeConverter)])]
[JsonSerializable(typeof(MergeItem))]
[JsonSerializable(typeof(TestDeployment))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
