using System.Text;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Patch.Strategic;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Tests.Patch.Strategic;

/// <summary>
/// Strategic merge patch cases in the shape of upstream's strategicpatch tests (the MergeItem struct); JSON is
/// written with single quotes for readability. Expected results compare list order exactly, because upstream's
/// ordering rules are part of the behaviour users see.
/// </summary>
public class StrategicMergePatchTests
{
    private static readonly TypeSchema Schema = TypeSchema.For<MergeItem>();

    [Theory]
    // Objects and maps.
    [InlineData("add a field", "{'name':1}", "{'value':'1'}", "{'name':1,'value':'1'}")]
    [InlineData("change a field", "{'name':1,'value':'1'}", "{'value':'2'}", "{'name':1,'value':'2'}")]
    [InlineData("null deletes a field", "{'name':1,'value':'1'}", "{'value':null}", "{'name':1}")]
    [InlineData("null for a missing field is dropped", "{'name':1}", "{'value':null}", "{'name':1}")]
    [InlineData("maps merge", "{'simpleMap':{'k1':'v1'}}", "{'simpleMap':{'k2':'v2'}}", "{'simpleMap':{'k1':'v1','k2':'v2'}}")]
    [InlineData("null deletes a map key", "{'simpleMap':{'k1':'v1','k2':'v2'}}", "{'simpleMap':{'k1':null}}", "{'simpleMap':{'k2':'v2'}}")]
    [InlineData("nulls in a new map are discarded", "{}", "{'simpleMap':{'k1':'v1','k2':null}}", "{'simpleMap':{'k1':'v1'}}")]
    [InlineData("$patch replace on a map", "{'simpleMap':{'k1':'v1'}}", "{'simpleMap':{'$patch':'replace','k2':'v2'}}", "{'simpleMap':{'k2':'v2'}}")]
    [InlineData("$patch delete on a map empties it", "{'simpleMap':{'k1':'v1'},'name':1}", "{'simpleMap':{'$patch':'delete'}}", "{'simpleMap':{},'name':1}")]
    [InlineData("$patch replace on the whole object", "{'name':1,'value':'1'}", "{'$patch':'replace','other':'a'}", "{'other':'a'}")]
    [InlineData("$patch delete on the whole object", "{'name':1}", "{'$patch':'delete'}", "{}")]
    [InlineData("a directive where nothing exists is not stored", "{}", "{'simpleMap':{'$patch':'replace','a':'b'}}", "{}")]
    [InlineData("replace strategy replaces the whole value", "{'replacingItem':{'a':{'b':1}}}", "{'replacingItem':{'a':{'c':2}}}", "{'replacingItem':{'a':{'c':2}}}")]
    [InlineData("unknown fields merge like a merge patch", "{'unknown':{'a':1,'b':2}}", "{'unknown':{'b':null,'c':3}}", "{'unknown':{'a':1,'c':3}}")]
    [InlineData("unknown lists are replaced", "{'unknown':[1,2]}", "{'unknown':[3]}", "{'unknown':[3]}")]
    [InlineData("a change of JSON type replaces", "{'simpleMap':{'a':'b'}}", "{'simpleMap':'x'}", "{'simpleMap':'x'}")]
    // Members the patch does not name are carried over undecoded; these check that nothing is lost or reached.
    [InlineData("untouched members survive as they were", "{'name':1,'other':'x\\u00e9\\\"y','unknown':{'a':[1,{'b':null}],'c':1.5e3},'mergingList':[{'name':1,'other':'o'}]}", "{'value':'v'}", "{'name':1,'other':'xé\\\"y','unknown':{'a':[1,{'b':null}],'c':1500.0},'mergingList':[{'name':1,'other':'o'}],'value':'v'}")]
    [InlineData("an empty patch list keeps the live items", "{'mergingList':[{'name':1,'value':'a'},{'name':2}]}", "{'mergingList':[]}", "{'mergingList':[{'name':1,'value':'a'},{'name':2}]}")]
    [InlineData("patch items naming different fields", "{'mergingList':[{'name':1,'value':'a','other':'x'},{'name':2,'value':'b','other':'y'}]}", "{'mergingList':[{'name':2,'other':'z'},{'name':1,'value':null}]}", "{'mergingList':[{'name':2,'value':'b','other':'z'},{'name':1,'other':'x'}]}")]
    [InlineData("a patch item reaching into a nested list", "{'mergingList':[{'name':1,'mergingList':[{'name':1,'value':'a'},{'name':2,'other':'k'}],'other':'x'}]}", "{'mergingList':[{'name':1,'mergingList':[{'name':2,'value':'v'}]}]}", "{'mergingList':[{'name':1,'mergingList':[{'name':1,'value':'a'},{'name':2,'other':'k','value':'v'}],'other':'x'}]}")]
    // Lists of objects with a merge key.
    [InlineData("a new item goes before live items", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'name':2}]}", "{'mergingList':[{'name':2},{'name':1}]}")]
    [InlineData("items merge by key", "{'mergingList':[{'name':1,'value':'a'},{'name':2}]}", "{'mergingList':[{'name':1,'value':'b'}]}", "{'mergingList':[{'name':1,'value':'b'},{'name':2}]}")]
    [InlineData("$patch delete removes an item", "{'mergingList':[{'name':1},{'name':2}]}", "{'mergingList':[{'name':1,'$patch':'delete'}]}", "{'mergingList':[{'name':2}]}")]
    [InlineData("$patch delete removes every match", "{'mergingList':[{'name':1,'value':'a'},{'name':2},{'name':1,'value':'b'}]}", "{'mergingList':[{'name':1,'$patch':'delete'}]}", "{'mergingList':[{'name':2}]}")]
    [InlineData("$patch delete of a missing item is a no-op", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'name':3,'$patch':'delete'}]}", "{'mergingList':[{'name':1}]}")]
    [InlineData("$patch replace in a list", "{'mergingList':[{'name':1,'value':'a'},{'name':2}]}", "{'mergingList':[{'name':3},{'$patch':'replace'}]}", "{'mergingList':[{'name':3}]}")]
    [InlineData("$patch replace alone empties a list", "{'mergingList':[{'name':1},{'name':2}]}", "{'mergingList':[{'$patch':'replace'}]}", "{'mergingList':[]}")]
    [InlineData("null deletes a field of an item", "{'mergingList':[{'name':1,'value':'1','other':'a'}]}", "{'mergingList':[{'name':1,'value':null}]}", "{'mergingList':[{'name':1,'other':'a'}]}")]
    [InlineData("non-merging lists are replaced", "{'nonMergingList':[{'name':1},{'name':2}]}", "{'nonMergingList':[{'name':3}]}", "{'nonMergingList':[{'name':3}]}")]
    [InlineData("a new list drops directive items", "{}", "{'mergingList':[{'name':1},{'name':2,'$patch':'delete'}]}", "{'mergingList':[{'name':1}]}")]
    [InlineData("a new list drops nulls", "{}", "{'mergingList':[{'name':1,'value':null}]}", "{'mergingList':[{'name':1}]}")]
    [InlineData("appended items keep their nulls", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'name':2,'value':null}]}", "{'mergingList':[{'name':2,'value':null},{'name':1}]}")]
    [InlineData("several new items keep patch order", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'name':3},{'name':2}]}", "{'mergingList':[{'name':3},{'name':2},{'name':1}]}")]
    [InlineData("live items before patch items stay first", "{'mergingList':[{'name':1},{'name':2}]}", "{'mergingList':[{'name':2,'value':'x'},{'name':3}]}", "{'mergingList':[{'name':1},{'name':2,'value':'x'},{'name':3}]}")]
    [InlineData("patch order wins among patched items", "{'mergingList':[{'name':1},{'name':2},{'name':3}]}", "{'mergingList':[{'name':3},{'name':1}]}", "{'mergingList':[{'name':2},{'name':3},{'name':1}]}")]
    [InlineData("merge list reached through a second field", "{'mergeItemPtr':[{'name':1,'other':'a'},{'name':3}]}", "{'mergeItemPtr':[{'name':2}]}", "{'mergeItemPtr':[{'name':2},{'name':1,'other':'a'},{'name':3}]}")]
    [InlineData("nested merging lists merge", "{'mergingList':[{'name':1,'other':'a','mergingList':[{'name':1},{'name':2,'value':'2'}]},{'name':2,'other':'b'}]}", "{'$setElementOrder/mergingList':[{'name':1},{'name':2}],'mergingList':[{'$setElementOrder/mergingList':[{'name':1},{'name':2}],'name':1,'mergingList':[{'name':1,'value':'1'}]}]}", "{'mergingList':[{'name':1,'other':'a','mergingList':[{'name':1,'value':'1'},{'name':2,'value':'2'}]},{'name':2,'other':'b'}]}")]
    [InlineData("non-merging list nested in a merging list is replaced", "{'mergingList':[{'name':1,'other':'a','nonMergingList':[{'name':1},{'name':2,'value':'2'}]},{'name':2,'other':'b'}]}", "{'$setElementOrder/mergingList':[{'name':1},{'name':2}],'mergingList':[{'name':1,'nonMergingList':[{'name':1,'value':'1'}]}]}", "{'mergingList':[{'name':1,'other':'a','nonMergingList':[{'name':1,'value':'1'}]},{'name':2,'other':'b'}]}")]
    [InlineData("nested order directive puts a new item after a live one", "{'mergingList':[{'name':1,'other':'a','mergingList':[{'name':2,'value':'2','other':'d'}]},{'name':2,'other':'b'}]}", "{'$setElementOrder/mergingList':[{'name':1},{'name':2}],'mergingList':[{'$setElementOrder/mergingList':[{'name':2},{'name':1}],'name':1,'mergingList':[{'name':1,'value':'1'}]}]}", "{'mergingList':[{'name':1,'other':'a','mergingList':[{'name':2,'value':'2','other':'d'},{'name':1,'value':'1'}]},{'name':2,'other':'b'}]}")]
    // Lists of scalars with merge strategy.
    [InlineData("new scalars go first", "{'mergingIntList':[1,2]}", "{'mergingIntList':[3]}", "{'mergingIntList':[3,1,2]}")]
    [InlineData("scalars are de-duplicated", "{'mergingIntList':[1,2]}", "{'mergingIntList':[2,3]}", "{'mergingIntList':[1,2,3]}")]
    [InlineData("$deleteFromPrimitiveList removes scalars", "{'mergingIntList':[1,2,3]}", "{'$deleteFromPrimitiveList/mergingIntList':[2]}", "{'mergingIntList':[1,3]}")]
    [InlineData("$deleteFromPrimitiveList removes every copy", "{'mergingIntList':[1,2,2,3]}", "{'$deleteFromPrimitiveList/mergingIntList':[2,9]}", "{'mergingIntList':[1,3]}")]
    [InlineData("$deleteFromPrimitiveList on a missing list", "{}", "{'$deleteFromPrimitiveList/mergingIntList':[2]}", "{}")]
    [InlineData("non-merging scalar lists are replaced", "{'nonMergingIntList':[1,2]}", "{'nonMergingIntList':[3]}", "{'nonMergingIntList':[3]}")]
    [InlineData("null deletes a merging list", "{'mergingIntList':[1,2],'name':1}", "{'mergingIntList':null}", "{'name':1}")]
    // $setElementOrder (cases from upstream's ordering tests).
    [InlineData("set element order", "{'mergingList':[{'name':1,'other':'a'},{'name':3,'value':'3'},{'name':4,'value':'4'},{'name':2,'value':'2'}]}", "{'$setElementOrder/mergingList':[{'name':4},{'name':2},{'name':3},{'name':1}]}", "{'mergingList':[{'name':4,'value':'4'},{'name':2,'value':'2'},{'name':3,'value':'3'},{'name':1,'other':'a'}]}")]
    [InlineData("set element order keeps a server-only item last", "{'mergingList':[{'name':1,'other':'a'},{'name':3},{'name':4},{'name':2},{'name':9}]}", "{'$setElementOrder/mergingList':[{'name':4},{'name':2},{'name':3},{'name':1}]}", "{'mergingList':[{'name':4},{'name':2},{'name':3},{'name':1,'other':'a'},{'name':9}]}")]
    [InlineData("set element order keeps a server-only item in place", "{'mergingList':[{'name':1},{'name':2},{'name':9},{'name':3},{'name':4}]}", "{'$setElementOrder/mergingList':[{'name':2},{'name':1},{'name':4},{'name':3}]}", "{'mergingList':[{'name':2},{'name':1},{'name':9},{'name':4},{'name':3}]}")]
    [InlineData("set element order with several server-only items", "{'mergingList':[{'name':1},{'name':2},{'name':7},{'name':9},{'name':8},{'name':3},{'name':4}]}", "{'$setElementOrder/mergingList':[{'name':2},{'name':1},{'name':4},{'name':3}]}", "{'mergingList':[{'name':2},{'name':1},{'name':7},{'name':9},{'name':8},{'name':4},{'name':3}]}")]
    [InlineData("add an item and preserve order", "{'mergingList':[{'name':1,'other':'a'},{'name':2,'value':'2'}]}", "{'$setElementOrder/mergingList':[{'name':3},{'name':1},{'name':2}],'mergingList':[{'name':3,'value':'3'}]}", "{'mergingList':[{'name':3,'value':'3'},{'name':1,'other':'a'},{'name':2,'value':'2'}]}")]
    [InlineData("add several items and preserve order", "{'mergingList':[{'name':1},{'name':2}]}", "{'$setElementOrder/mergingList':[{'name':1},{'name':4},{'name':2},{'name':3}],'mergingList':[{'name':4},{'name':3}]}", "{'mergingList':[{'name':1},{'name':4},{'name':2},{'name':3}]}")]
    [InlineData("delete an item and preserve order", "{'mergingList':[{'name':1},{'name':2},{'name':3}]}", "{'$setElementOrder/mergingList':[{'name':2},{'name':1}],'mergingList':[{'name':3,'$patch':'delete'}]}", "{'mergingList':[{'name':2},{'name':1}]}")]
    [InlineData("change an item and preserve order", "{'mergingList':[{'name':1},{'name':2},{'name':3,'value':'3'}]}", "{'$setElementOrder/mergingList':[{'name':2},{'name':3},{'name':1}],'mergingList':[{'name':3,'value':'x'}]}", "{'mergingList':[{'name':2},{'name':3,'value':'x'},{'name':1}]}")]
    [InlineData("add and delete and preserve order", "{'mergingList':[{'name':1},{'name':2},{'name':3}]}", "{'$setElementOrder/mergingList':[{'name':4},{'name':2},{'name':1}],'mergingList':[{'name':4},{'name':3,'$patch':'delete'}]}", "{'mergingList':[{'name':4},{'name':2},{'name':1}]}")]
    [InlineData("add and delete next to a server-only item", "{'mergingList':[{'name':1,'other':'a'},{'name':4,'other':'c'}]}", "{'$setElementOrder/mergingList':[{'name':2},{'name':3}],'mergingList':[{'name':2},{'name':3},{'name':1,'$patch':'delete'}]}", "{'mergingList':[{'name':4,'other':'c'},{'name':2},{'name':3}]}")]
    [InlineData("order directive for a missing list does nothing", "{}", "{'$setElementOrder/mergingList':[{'name':1}]}", "{}")]
    [InlineData("order directive with a new list", "{}", "{'$setElementOrder/mergingList':[{'name':2},{'name':1}],'mergingList':[{'name':2},{'name':1}]}", "{'mergingList':[{'name':2},{'name':1}]}")]
    [InlineData("scalars merge in directive order", "{'mergingIntList':[1,2,4]}", "{'$setElementOrder/mergingIntList':[1,2,3],'mergingIntList':[3]}", "{'mergingIntList':[1,2,3,4]}")]
    [InlineData("scalars keep a server-only value in place", "{'mergingIntList':[1,4,2]}", "{'$setElementOrder/mergingIntList':[3,1,2],'mergingIntList':[3]}", "{'mergingIntList':[3,1,4,2]}")]
    [InlineData("scalar deletion with directive order", "{'mergingIntList':[1,2,3]}", "{'$setElementOrder/mergingIntList':[2,1],'$deleteFromPrimitiveList/mergingIntList':[3]}", "{'mergingIntList':[2,1]}")]
    [InlineData("scalars reordered by the directive alone", "{'mergingIntList':[1,2,3]}", "{'$setElementOrder/mergingIntList':[3,2,1]}", "{'mergingIntList':[3,2,1]}")]
    // $retainKeys.
    [InlineData("$retainKeys clears keys it does not list", "{'retainKeysMap':{'name':'foo','value':'a','other':'b'}}", "{'retainKeysMap':{'$retainKeys':['name','value'],'value':'c'}}", "{'retainKeysMap':{'name':'foo','value':'c'}}")]
    [InlineData("$retainKeys allows nulls for unlisted keys", "{'retainKeysMap':{'name':'foo','value':'a'}}", "{'retainKeysMap':{'$retainKeys':['name'],'value':null}}", "{'retainKeysMap':{'name':'foo'}}")]
    [InlineData("$retainKeys inside a merging list item", "{'retainKeysMergingList':[{'name':1,'value':'a','other':'b'}]}", "{'retainKeysMergingList':[{'name':1,'$retainKeys':['name','other']}]}", "{'retainKeysMergingList':[{'name':1,'other':'b'}]}")]
    [InlineData("$retainKeys ignores parallel-list keys", "{'retainKeysMap':{'name':'a','mergingIntList':[1,2]}}", "{'retainKeysMap':{'$retainKeys':['name','mergingIntList'],'$deleteFromPrimitiveList/mergingIntList':[1]}}", "{'retainKeysMap':{'name':'a','mergingIntList':[2]}}")]
    [InlineData("$retainKeys with an empty list clears everything", "{'retainKeysMap':{'name':'a','value':'b'}}", "{'retainKeysMap':{'$retainKeys':[]}}", "{'retainKeysMap':{}}")]
    public void Apply_Patch_ProducesUpstreamResult(string name, string original, string patch, string expected)
    {
        _ = name;
        var result = Apply(original, patch);

        AssertTreeEqual(J(expected), result);
    }

    [Theory]
    [InlineData("$patch merge in an object", "{'simpleMap':{'a':'b'}}", "{'simpleMap':{'$patch':'merge'}}", "unknown patch type: merge in map: map[$patch:merge]", PatchErrorKind.Internal)]
    [InlineData("$patch merge in a list", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'name':1,'$patch':'merge'}]}", "merging lists cannot yet be specified in the patch", PatchErrorKind.Internal)]
    [InlineData("unknown $patch in a list", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'name':1,'$patch':'foo'}]}", "unknown patch type: foo in map: map[$patch:foo name:1]", PatchErrorKind.Internal)]
    [InlineData("non-string $patch", "{'name':1}", "{'$patch':5}", "unknown patch type: %!s(int64=5) in map: map[$patch:5]", PatchErrorKind.Internal)]
    [InlineData("patch item without merge key", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'value':'x'}]}", "map: map[value:x] does not contain declared merge key: name", PatchErrorKind.Internal)]
    [InlineData("delete directive without merge key", "{'mergingList':[{'name':1}]}", "{'mergingList':[{'$patch':'delete'}]}", "map: map[$patch:delete] does not contain declared merge key: name", PatchErrorKind.Internal)]
    [InlineData("list of lists", "{'mergingIntList':[]}", "{'mergingIntList':[[1]]}", "lists of lists are not supported", PatchErrorKind.Unprocessable)]
    [InlineData("mixed element types", "{'mergingIntList':[1,2]}", "{'mergingIntList':['a']}", "list element types are not identical: [[1 2] [a]]", PatchErrorKind.Internal)]
    [InlineData("malformed delete-list key", "{'mergingIntList':[1]}", "{'$deleteFromPrimitiveListX/mergingIntList':[1]}", "invalid patch format of primitive list", PatchErrorKind.BadRequest)]
    [InlineData("malformed order key", "{'mergingIntList':[1]}", "{'$setElementOrderX/mergingIntList':[1]}", "invalid patch format of setElementOrder list", PatchErrorKind.BadRequest)]
    [InlineData("order directive not a list", "{'mergingList':[{'name':1}]}", "{'$setElementOrder/mergingList':'x'}", "expected a []interface {}, but received a string", PatchErrorKind.Internal)]
    [InlineData("patch items out of directive order", "{'mergingList':[{'name':1},{'name':2}]}", "{'$setElementOrder/mergingList':[{'name':1}],'mergingList':[{'name':2}]}", "the order in patch list:\n[map[name:2]]\n doesn't match $setElementOrder list:\n[map[name:1]]", PatchErrorKind.Internal)]
    [InlineData("$retainKeys missing a patched key", "{'retainKeysMap':{'name':'a'}}", "{'retainKeysMap':{'$retainKeys':['name'],'other':'x'}}", "invalid patch format of retainKeys", PatchErrorKind.BadRequest)]
    [InlineData("$retainKeys not a list", "{'retainKeysMap':{'name':'a'}}", "{'retainKeysMap':{'$retainKeys':'name'}}", "invalid patch format of retainKeys", PatchErrorKind.BadRequest)]
    public void Apply_InvalidPatch_ThrowsUpstreamError(string name, string original, string patch, string message, PatchErrorKind kind)
    {
        _ = name;
        var error = Assert.Throws<PatchException>(() => Apply(original, patch));

        Assert.Equal(message, error.Message);
        Assert.Equal(kind, error.Kind);
    }

    [Theory]
    [InlineData("[1]", "json: cannot unmarshal array into Go value of type map[string]interface {}")]
    [InlineData("\"x\"", "json: cannot unmarshal string into Go value of type map[string]interface {}")]
    public void Apply_PatchNotAnObject_IsBadRequest(string patch, string message)
    {
        var error = Assert.Throws<PatchException>(() =>
            StrategicMergePatch.Apply("{}"u8, Encoding.UTF8.GetBytes(patch), Schema));

        Assert.Equal(message, error.Message);
        Assert.Equal(PatchErrorKind.BadRequest, error.Kind);
    }

    [Fact]
    public void Apply_MalformedJson_IsBadRequest()
    {
        var error = Assert.Throws<PatchException>(() => StrategicMergePatch.Apply("{}"u8, "{"u8, Schema));

        Assert.Equal(PatchErrorKind.BadRequest, error.Kind);
    }

    [Fact]
    public void Apply_NullPatch_LeavesObjectUnchanged()
    {
        var result = StrategicMergePatch.Apply("{\"name\":1}"u8, "null"u8, Schema);

        AssertTreeEqual(J("{'name':1}"), JsonTree.Parse(result));
    }

    [Fact]
    public void Apply_TypedObject_ReturnsPatchedCopy()
    {
        var original = new MergeItem
        {
            Name = "x",
            MergingList = [new MergeItem { Name = "a", Value = "1" }, new MergeItem { Name = "b" }],
        };

        var patched = StrategicMergePatch.Apply(original, "{\"mergingList\":[{\"name\":\"a\",\"value\":\"2\"}]}"u8, TestJsonContext.Default.MergeItem);

        Assert.Equal(["a", "b"], patched.MergingList!.Select(i => i.Name));
        Assert.Equal("2", patched.MergingList![0].Value);
        Assert.Equal("1", original.MergingList[0].Value);
    }

    internal static object? J(string singleQuoted) => JsonTree.Parse(Encoding.UTF8.GetBytes(singleQuoted.Replace('\'', '"')));

    private static object? Apply(string original, string patch) =>
        JsonTree.Parse(StrategicMergePatch.Apply(
            Encoding.UTF8.GetBytes(original.Replace('\'', '"')),
            Encoding.UTF8.GetBytes(patch.Replace('\'', '"')),
            Schema));

    internal static void AssertTreeEqual(object? expected, object? actual)
    {
        if (!JsonTree.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.\nexpected: {Encoding.UTF8.GetString(JsonTree.ToBytes(expected))}\nactual:   {Encoding.UTF8.GetString(JsonTree.ToBytes(actual))}");
        }
    }
}
