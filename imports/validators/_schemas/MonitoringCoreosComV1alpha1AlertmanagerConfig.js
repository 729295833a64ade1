import { formats } from "@kubernetes-models/validate";
export const validate = validate110;
const schema40 = {
  "type": "object",
  "properties": {
    "apiVersion": {
      "$ref": "jzKi3nOn0XA0UpurY9aOcqQs1nhaxt3Q0yZ8Kpy1KE"
    },
    "kind": {
      "$ref": "RJYmFAdi44K9qXPVrIXuntEGesIeaumlmAoCDMN92E"
    },
    "metadata": {
      "$ref": "a6f0oUEaFqHmymdwnqPORTNOTU7GczWAkwGD0uYU"
    },
    "spec": {
      "$ref": "Ra9HFv3h4HZKHcvitl19ZjzPgxTSGr5dzVPjuU3bRA"
    },
    "status": {
      "$ref": "kbRGwQUvgMqHcFYkSEMxSolpuIzQutCd2OShc9qxcFI"
    }
  },
  "required": ["spec", "apiVersion", "kind"],
  "$id": "monitoring.coreos.com.v1alpha1.AlertmanagerConfig"
};
const schema41 = {
  "type": "string",
  "enum": ["monitoring.coreos.com/v1alpha1"]
};
function validate111(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "monitoring.coreos.com/v1alpha1")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema41.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate111.errors = vErrors;
  return errors === 0;
}
const schema42 = {
  "type": "string",
  "enum": ["AlertmanagerConfig"]
};
function validate113(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "AlertmanagerConfig")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema42.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate113.errors = vErrors;
  return errors === 0;
}
const schema43 = {
  "nullableRef": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"
};
const schema44 = {};
import { validate as validate116 } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";
function validate115(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data !== null) {
    if (!validate116(data, {
      instancePath,
      parentData,
      parentDataProperty,
      rootData
    })) {
      vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
      errors = vErrors.length;
    }
  }
  validate115.errors = vErrors;
  return errors === 0;
}
const schema45 = {
  "properties": {
    "inhibitRules": {
      "$ref": "dTk09yOuTSUeG0zOtBs1IAQsoorsKvDB312DevjsIzs"
    },
    "muteTimeIntervals": {
      "$ref": "iofij3D53ONwJhMwWhPHm6llQYNvly9Rt56oAj0"
    },
    "receivers": {
      "$ref": "BU3U6ROazN10TnbrgYXnixHXuiD6cDITbBdMq71NBE"
    },
    "route": {
      "$ref": "fDYfNNr5oGMkOD7aj85CDCjoKTKSIlvBEtGu3yYnDg"
    }
  },
  "type": "object"
};
const schema46 = {
  "items": {
    "$ref": "QPmMm0vd1qGfSgFDIkDS8km1OTrxE1N7QtFl4XCtmo"
  },
  "type": "array",
  "nullable": true
};
const schema47 = {
  "properties": {
    "equal": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "sourceMatch": {
      "$ref": "5IGdYI0OKIfcQIDnWJZigWWN6D5p5BAbi9Cbr4avI"
    },
    "targetMatch": {
      "$ref": "5IGdYI0OKIfcQIDnWJZigWWN6D5p5BAbi9Cbr4avI"
    }
  },
  "type": "object"
};
const schema18 = {
  "items": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "array",
  "nullable": true
};
const schema12 = {
  "type": "string"
};
function validate32(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate44(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate32(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
const schema6 = {
  "items": {
    "$ref": "8ICtrcsiDfdupLwZpYebIdXvBa417FwXhR0bg089Nk"
  },
  "type": "array",
  "nullable": true
};
const schema7 = {
  "properties": {
    "matchType": {
      "$ref": "MvP2NOSlIka9vI7ZZbCRIjsL6E2Ib2RZPkk3ELk6E"
    },
    "name": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "regex": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "value": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "required": ["name"],
  "type": "object"
};
const schema8 = {
  "enum": ["!=", "=", "=~", "!~"],
  "type": "string",
  "nullable": true
};
function validate23(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "!=" || data === "=" || data === "=~" || data === "!~")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema8.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
const schema9 = {
  "minLength": 1,
  "type": "string"
};
import func2 from "@kubernetes-models/validate/runtime/ucs2length";
function validate25(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: "#/minLength",
        keyword: "minLength",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
const schema10 = {
  "type": "boolean",
  "nullable": true
};
function validate27(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "boolean"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
const schema11 = {
  "type": "string",
  "nullable": true
};
function validate29(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate22(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.matchType !== undefined) {
      if (!validate23(data.matchType, {
        instancePath: instancePath + "/matchType",
        parentData: data,
        parentDataProperty: "matchType",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate25(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.regex !== undefined) {
      if (!validate27(data.regex, {
        instancePath: instancePath + "/regex",
        parentData: data,
        parentDataProperty: "regex",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== undefined) {
      if (!validate29(data.value, {
        instancePath: instancePath + "/value",
        parentData: data,
        parentDataProperty: "value",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate22(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate121(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.equal !== undefined) {
      if (!validate44(data.equal, {
        instancePath: instancePath + "/equal",
        parentData: data,
        parentDataProperty: "equal",
        rootData
      })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.sourceMatch !== undefined) {
      if (!validate21(data.sourceMatch, {
        instancePath: instancePath + "/sourceMatch",
        parentData: data,
        parentDataProperty: "sourceMatch",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.targetMatch !== undefined) {
      if (!validate21(data.targetMatch, {
        instancePath: instancePath + "/targetMatch",
        parentData: data,
        parentDataProperty: "targetMatch",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate121.errors = vErrors;
  return errors === 0;
}
function validate120(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate121(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
        errors = vErrors.length;
      }
    }
  }
  validate120.errors = vErrors;
  return errors === 0;
}
const schema48 = {
  "items": {
    "$ref": "u3w9fAYXnaw510TtYZY2zfkPpFOSFAvsNEBIAnzcNs4"
  },
  "type": "array",
  "nullable": true
};
const schema49 = {
  "properties": {
    "name": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "timeIntervals": {
      "$ref": "IimUlp20M9izDcRszdKatdSYsj2bRURqOTaeoao81c"
    }
  },
  "required": ["name"],
  "type": "object"
};
const schema50 = {
  "items": {
    "$ref": "Ox8cmrmk5RxyioTBHS2yCXea9ZpzwV0javindYppX7g"
  },
  "type": "array",
  "nullable": true
};
const schema51 = {
  "properties": {
    "daysOfMonth": {
      "$ref": "C1yKzRUdpLGYA4LadPiYCjBIO0tBPSFCUxugNVDlUVA"
    },
    "months": {
      "$ref": "JIJEHMYC9mP0xiw3UNA5oZ38JpP6hyXWIkNOc0uo"
    },
    "times": {
      "$ref": "Oew9KrUZrcePTZ1phqCaaglJc1cbnBXBHoKecSKcr8"
    },
    "weekdays": {
      "$ref": "49hRq81PC7mrxFC0bNnaEeAOx3F1oLbi6rV6rUb5s0"
    },
    "years": {
      "$ref": "y6vzUde9alUf8dRb5b7L9vpmZovOljodDJwjSzlfI"
    }
  },
  "type": "object"
};
const schema52 = {
  "items": {
    "$ref": "UdFqhHBaGopcvM2eahNd9cXCG5LgU1KBl2izaEUKro"
  },
  "type": "array",
  "nullable": true
};
const schema53 = {
  "properties": {
    "end": {
      "$ref": "OjIQ8TMOsdR3dktOwWQQhod0nBvV13a0F9a6HduI"
    },
    "start": {
      "$ref": "OjIQ8TMOsdR3dktOwWQQhod0nBvV13a0F9a6HduI"
    }
  },
  "type": "object"
};
const schema13 = {
  "type": "integer",
  "minimum": -31,
  "maximum": 31,
  "nullable": true
};
function validate33(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 31 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/maximum",
        keyword: "maximum",
        params: {
          comparison: "<=",
          limit: 31
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < -31 || isNaN(data)) {
      const err2 = {
        instancePath,
        schemaPath: "#/minimum",
        keyword: "minimum",
        params: {
          comparison: ">=",
          limit: -31
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate133(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.end !== undefined) {
      if (!validate33(data.end, {
        instancePath: instancePath + "/end",
        parentData: data,
        parentDataProperty: "end",
        rootData
      })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.start !== undefined) {
      if (!validate33(data.start, {
        instancePath: instancePath + "/start",
        parentData: data,
        parentDataProperty: "start",
        rootData
      })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
function validate132(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate133(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
  }
  validate132.errors = vErrors;
  return errors === 0;
}
const schema54 = {
  "items": {
    "$ref": "JSRToIdV22AcJky9GoT0tlZlExD40UOom5s2UcNLo"
  },
  "type": "array",
  "nullable": true
};
const schema55 = {
  "pattern": "^((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]|[1-9])(?:((:((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]|[1-9]))$)|$)",
  "type": "string"
};
import func5 from "@kubernetes-models/validate/runtime/re2";
const pattern7 = new func5("^((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]|[1-9])(?:((:((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]|[1-9]))$)|$)", "u");
function validate139(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern7.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]|[1-9])(?:((:((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]|[1-9]))$)|$)"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate139.errors = vErrors;
  return errors === 0;
}
function validate138(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate139(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
        errors = vErrors.length;
      }
    }
  }
  validate138.errors = vErrors;
  return errors === 0;
}
const schema56 = {
  "items": {
    "$ref": "fCIlSgEo36WrmTqsECHDCcLhCksZVorP9wPaCBDnc"
  },
  "type": "array",
  "nullable": true
};
const schema57 = {
  "properties": {
    "endTime": {
      "$ref": "oUkxxUpiDOB6X91SOD1AMZzEvosnuPTbjN5p7CtGOA8"
    },
    "startTime": {
      "$ref": "oUkxxUpiDOB6X91SOD1AMZzEvosnuPTbjN5p7CtGOA8"
    }
  },
  "type": "object"
};
const schema14 = {
  "pattern": "^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)",
  "type": "string",
  "nullable": true
};
const pattern0 = new RegExp("^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)", "u");
function validate34(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern0.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate143(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endTime !== undefined) {
      if (!validate34(data.endTime, {
        instancePath: instancePath + "/endTime",
        parentData: data,
        parentDataProperty: "endTime",
        rootData
      })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.startTime !== undefined) {
      if (!validate34(data.startTime, {
        instancePath: instancePath + "/startTime",
        parentData: data,
        parentDataProperty: "startTime",
        rootData
      })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate143.errors = vErrors;
  return errors === 0;
}
function validate142(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate143(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
        errors = vErrors.length;
      }
    }
  }
  validate142.errors = vErrors;
  return errors === 0;
}
const schema58 = {
  "items": {
    "$ref": "cMWnkJtBTvhJGgFP6OsqbnMytOphn9m7P8RyQZWqus"
  },
  "type": "array",
  "nullable": true
};
const schema59 = {
  "pattern": "^((?i)sun|mon|tues|wednes|thurs|fri|satur)day(?:((:(sun|mon|tues|wednes|thurs|fri|satur)day)$)|$)",
  "type": "string"
};
const pattern8 = new func5("^((?i)sun|mon|tues|wednes|thurs|fri|satur)day(?:((:(sun|mon|tues|wednes|thurs|fri|satur)day)$)|$)", "u");
function validate149(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern8.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^((?i)sun|mon|tues|wednes|thurs|fri|satur)day(?:((:(sun|mon|tues|wednes|thurs|fri|satur)day)$)|$)"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate149.errors = vErrors;
  return errors === 0;
}
function validate148(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate149(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
        errors = vErrors.length;
      }
    }
  }
  validate148.errors = vErrors;
  return errors === 0;
}
const schema60 = {
  "items": {
    "$ref": "ItbiKVf7OKLgsB8ggpnyTnHItqyFNiOhwwgQ7XJqBnY"
  },
  "type": "array",
  "nullable": true
};
const schema61 = {
  "pattern": "^2\\d{3}(?::2\\d{3}|$)",
  "type": "string"
};
const pattern9 = new RegExp("^2\\d{3}(?::2\\d{3}|$)", "u");
function validate153(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern9.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^2\\d{3}(?::2\\d{3}|$)"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate153.errors = vErrors;
  return errors === 0;
}
function validate152(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
        errors = vErrors.length;
      }
    }
  }
  validate152.errors = vErrors;
  return errors === 0;
}
function validate131(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.daysOfMonth !== undefined) {
      if (!validate132(data.daysOfMonth, {
        instancePath: instancePath + "/daysOfMonth",
        parentData: data,
        parentDataProperty: "daysOfMonth",
        rootData
      })) {
        vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
        errors = vErrors.length;
      }
    }
    if (data.months !== undefined) {
      if (!validate138(data.months, {
        instancePath: instancePath + "/months",
        parentData: data,
        parentDataProperty: "months",
        rootData
      })) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
    if (data.times !== undefined) {
      if (!validate142(data.times, {
        instancePath: instancePath + "/times",
        parentData: data,
        parentDataProperty: "times",
        rootData
      })) {
        vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
        errors = vErrors.length;
      }
    }
    if (data.weekdays !== undefined) {
      if (!validate148(data.weekdays, {
        instancePath: instancePath + "/weekdays",
        parentData: data,
        parentDataProperty: "weekdays",
        rootData
      })) {
        vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
        errors = vErrors.length;
      }
    }
    if (data.years !== undefined) {
      if (!validate152(data.years, {
        instancePath: instancePath + "/years",
        parentData: data,
        parentDataProperty: "years",
        rootData
      })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate131.errors = vErrors;
  return errors === 0;
}
function validate130(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate131(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
        errors = vErrors.length;
      }
    }
  }
  validate130.errors = vErrors;
  return errors === 0;
}
function validate128(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (!validate32(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeIntervals !== undefined) {
      if (!validate130(data.timeIntervals, {
        instancePath: instancePath + "/timeIntervals",
        parentData: data,
        parentDataProperty: "timeIntervals",
        rootData
      })) {
        vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate128.errors = vErrors;
  return errors === 0;
}
function validate127(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate128(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
        errors = vErrors.length;
      }
    }
  }
  validate127.errors = vErrors;
  return errors === 0;
}
const schema62 = {
  "items": {
    "$ref": "4wbOekW5imgRIBUzgphmFekTqHSNYjvtEt1GdctKWQ"
  },
  "type": "array",
  "nullable": true
};
const schema63 = {
  "properties": {
    "discordConfigs": {
      "$ref": "IJeOUMSNddsYbQVdccodiDrKzFvMZCwjDgSnbWXQIg"
    },
    "emailConfigs": {
      "$ref": "Ysp1ydymQqecGQ83oLfF9RKBHa3eq5H3QqMV1yJUiBo"
    },
    "msteamsConfigs": {
      "$ref": "v49hLe7DXtd8NgOoweQ4QqYlnPdMICcUm4uEhvqQ26Y"
    },
    "msteamsv2Configs": {
      "$ref": "9rnreFmlq369C8Fwywd7pbH56zCImSEY0HfL9e6c9w"
    },
    "name": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "opsgenieConfigs": {
      "$ref": "hlolnaHvkDB1JAIi9da70zw6Ybyx0eoog7Zv7zDZK9A"
    },
    "pagerdutyConfigs": {
      "$ref": "CUQwlKmigGLXIkoFyQPks8uWUpK0cyaeAOQaPswqk"
    },
    "pushoverConfigs": {
      "$ref": "EQQFOqjEMvcoJ0bVum7HGsFq0V43JLhHVtQpFeNU"
    },
    "rocketchatConfigs": {
      "$ref": "n1BzJXK8Py5BFaNxhPE48h6Bmm3T8HoDQVs1BRZts"
    },
    "slackConfigs": {
      "$ref": "oAZNCU2OcggFMMZhT1gC2t4mjWa5mrR6nY3ZBaGUqZk"
    },
    "snsConfigs": {
      "$ref": "SeaCxqwfnNg3bl5yOFuh73mT480mqqGIVetCrJehuFQ"
    },
    "telegramConfigs": {
      "$ref": "2ppqZbng5pOPrFU6ZMIsNWxexTjTl8VH1eBFMADCmg"
    },
    "victoropsConfigs": {
      "$ref": "4dmyhFQSBxsA8E6XsJWQwrhwIiXSNIJGFPBRY0L8"
    },
    "webexConfigs": {
      "$ref": "2xv9y5BJKyxKyX1pPqofumviV7wjzSgMOnf07dvo0I"
    },
    "webhookConfigs": {
      "$ref": "fyAYM3V1OQ2WKfxD4DS8mxYPXwm69MyEUz49occZU"
    },
    "wechatConfigs": {
      "$ref": "ORZEbVqTucJ8IqHsplVKyDgtC9WpehTAmyEd9CQN1M"
    }
  },
  "required": ["name"],
  "type": "object"
};
const schema64 = {
  "items": {
    "$ref": "bWgY4y7wdnuX6WwXMTgt45Nyyz0pLe7be6LLy8FGRg4"
  },
  "type": "array",
  "nullable": true
};
const schema65 = {
  "properties": {
    "apiURL": {
      "$ref": "MfrsitfPoqyrTf00ZIt79GFqtuFjcxMWc8eRHynqy54"
    },
    "avatarURL": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    },
    "content": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "message": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "title": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "username": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "required": ["apiURL"],
  "type": "object"
};
const schema17 = {
  "properties": {
    "key": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "name": {
      "$ref": "ylFKgRADFnj8zsAqNcbZrvIOQI64FUWlOFS2V8uyo"
    },
    "optional": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "required": ["key"],
  "type": "object"
};
const schema15 = {
  "default": "",
  "type": "string",
  "nullable": true
};
function validate35(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate40(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "key"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.key !== undefined) {
      if (!validate32(data.key, {
        instancePath: instancePath + "/key",
        parentData: data,
        parentDataProperty: "key",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate35(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.optional !== undefined) {
      if (!validate27(data.optional, {
        instancePath: instancePath + "/optional",
        parentData: data,
        parentDataProperty: "optional",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
const schema33 = {
  "pattern": "^https?://.+$",
  "type": "string",
  "nullable": true
};
const pattern3 = new RegExp("^https?://.+$", "u");
function validate100(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern3.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^https?://.+$"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate100.errors = vErrors;
  return errors === 0;
}
const schema25 = {
  "minLength": 1,
  "type": "string",
  "nullable": true
};
function validate63(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minLength",
        keyword: "minLength",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate63.errors = vErrors;
  return errors === 0;
}
const schema26 = {
  "properties": {
    "authorization": {
      "$ref": "7Obi1gFMd97DQp7xt33h9Tn6RBrtpOwI7vIacibtD0E"
    },
    "basicAuth": {
      "$ref": "bDZxL5JLMLRXOSYUwwGV9Rb89qtYJiJzC7f0xm2XI"
    },
    "bearerTokenSecret": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "enableHttp2": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "followRedirects": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "noProxy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "oauth2": {
      "$ref": "bVfuS4gRNBzjD2TSE8eEeS7vHFqS7ULSQ4Wa4c8naQ"
    },
    "proxyConnectHeader": {
      "$ref": "NWnFOp93coYuHCABeevYQyN9He440BMdERANKLUWEzA"
    },
    "proxyFromEnvironment": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "proxyURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "proxyUrl": {
      "$ref": "JFYs3RrAtv6q4oGPtW3xaNQdrMiOCm0b8dBz4i9Us"
    },
    "tlsConfig": {
      "$ref": "7dRfdCnRa9PVDTj6eTdN0W9SkarQHUPfTu5rAtLgvqs"
    }
  },
  "type": "object",
  "nullable": true
};
const schema27 = {
  "properties": {
    "credentials": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "type": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema16 = {
  "properties": {
    "key": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "name": {
      "$ref": "ylFKgRADFnj8zsAqNcbZrvIOQI64FUWlOFS2V8uyo"
    },
    "optional": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "required": ["key"],
  "type": "object",
  "nullable": true
};
function validate36(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "key"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.key !== undefined) {
      if (!validate32(data.key, {
        instancePath: instancePath + "/key",
        parentData: data,
        parentDataProperty: "key",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate35(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.optional !== undefined) {
      if (!validate27(data.optional, {
        instancePath: instancePath + "/optional",
        parentData: data,
        parentDataProperty: "optional",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate65(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.credentials !== undefined) {
      if (!validate36(data.credentials, {
        instancePath: instancePath + "/credentials",
        parentData: data,
        parentDataProperty: "credentials",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== undefined) {
      if (!validate29(data.type, {
        instancePath: instancePath + "/type",
        parentData: data,
        parentDataProperty: "type",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  }
  validate65.errors = vErrors;
  return errors === 0;
}
const schema28 = {
  "properties": {
    "password": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "username": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    }
  },
  "type": "object",
  "nullable": true
};
function validate69(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.password !== undefined) {
      if (!validate36(data.password, {
        instancePath: instancePath + "/password",
        parentData: data,
        parentDataProperty: "password",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.username !== undefined) {
      if (!validate36(data.username, {
        instancePath: instancePath + "/username",
        parentData: data,
        parentDataProperty: "username",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  }
  validate69.errors = vErrors;
  return errors === 0;
}
const schema29 = {
  "properties": {
    "clientId": {
      "$ref": "eReQeFQL93JMdOWk0QpSKSvquP41At1xLTmCh0"
    },
    "clientSecret": {
      "$ref": "MfrsitfPoqyrTf00ZIt79GFqtuFjcxMWc8eRHynqy54"
    },
    "endpointParams": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "noProxy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "proxyConnectHeader": {
      "$ref": "NWnFOp93coYuHCABeevYQyN9He440BMdERANKLUWEzA"
    },
    "proxyFromEnvironment": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "proxyUrl": {
      "$ref": "JFYs3RrAtv6q4oGPtW3xaNQdrMiOCm0b8dBz4i9Us"
    },
    "scopes": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "tlsConfig": {
      "$ref": "7dRfdCnRa9PVDTj6eTdN0W9SkarQHUPfTu5rAtLgvqs"
    },
    "tokenUrl": {
      "$ref": "kxX1mAegLsaO9oLZ84nNnWUt5A7IyXZcVUfbvohod0c"
    }
  },
  "required": ["clientId", "clientSecret", "tokenUrl"],
  "type": "object",
  "nullable": true
};
const schema30 = {
  "properties": {
    "configMap": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "secret": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    }
  },
  "type": "object"
};
function validate78(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.configMap !== undefined) {
      if (!validate36(data.configMap, {
        instancePath: instancePath + "/configMap",
        parentData: data,
        parentDataProperty: "configMap",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== undefined) {
      if (!validate36(data.secret, {
        instancePath: instancePath + "/secret",
        parentData: data,
        parentDataProperty: "secret",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
const schema31 = {
  "additionalProperties": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "object",
  "properties": {},
  "nullable": true
};
function validate83(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate32(data[key0], {
        instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
        parentData: data,
        parentDataProperty: key0,
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  }
  validate83.errors = vErrors;
  return errors === 0;
}
const schema21 = {
  "additionalProperties": {
    "$ref": "6DbrgUquSebuiQZKPHaDAIuqIlMHhEEeN9ozRJnV1EQ"
  },
  "type": "object",
  "properties": {},
  "nullable": true
};
const schema22 = {
  "items": {
    "$ref": "MfrsitfPoqyrTf00ZIt79GFqtuFjcxMWc8eRHynqy54"
  },
  "type": "array"
};
function validate51(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate40(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate50(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate51(data[key0], {
        instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
        parentData: data,
        parentDataProperty: key0,
        rootData
      })) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
const schema23 = {
  "pattern": "^(http|https|socks5)://.+$",
  "type": "string",
  "nullable": true
};
const pattern1 = new RegExp("^(http|https|socks5)://.+$", "u");
function validate54(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern1.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^(http|https|socks5)://.+$"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate54.errors = vErrors;
  return errors === 0;
}
const schema24 = {
  "properties": {
    "ca": {
      "$ref": "Fb2qIFIMXd0iz0Zehc7yJ1g83bUIAf6IcdpmMakZQM"
    },
    "cert": {
      "$ref": "Fb2qIFIMXd0iz0Zehc7yJ1g83bUIAf6IcdpmMakZQM"
    },
    "insecureSkipVerify": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "keySecret": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "maxVersion": {
      "$ref": "qQSaBcjVnFSWgNvUp3CYLe1Mkso6ArraFxd4wWKvQUY"
    },
    "minVersion": {
      "$ref": "qQSaBcjVnFSWgNvUp3CYLe1Mkso6ArraFxd4wWKvQUY"
    },
    "serverName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema19 = {
  "properties": {
    "configMap": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "secret": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    }
  },
  "type": "object",
  "nullable": true
};
function validate46(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.configMap !== undefined) {
      if (!validate36(data.configMap, {
        instancePath: instancePath + "/configMap",
        parentData: data,
        parentDataProperty: "configMap",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== undefined) {
      if (!validate36(data.secret, {
        instancePath: instancePath + "/secret",
        parentData: data,
        parentDataProperty: "secret",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
const schema20 = {
  "enum": ["TLS10", "TLS11", "TLS12", "TLS13"],
  "type": "string",
  "nullable": true
};
function validate49(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "TLS10" || data === "TLS11" || data === "TLS12" || data === "TLS13")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema20.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate55(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ca !== undefined) {
      if (!validate46(data.ca, {
        instancePath: instancePath + "/ca",
        parentData: data,
        parentDataProperty: "ca",
        rootData
      })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.cert !== undefined) {
      if (!validate46(data.cert, {
        instancePath: instancePath + "/cert",
        parentData: data,
        parentDataProperty: "cert",
        rootData
      })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.insecureSkipVerify !== undefined) {
      if (!validate27(data.insecureSkipVerify, {
        instancePath: instancePath + "/insecureSkipVerify",
        parentData: data,
        parentDataProperty: "insecureSkipVerify",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.keySecret !== undefined) {
      if (!validate36(data.keySecret, {
        instancePath: instancePath + "/keySecret",
        parentData: data,
        parentDataProperty: "keySecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxVersion !== undefined) {
      if (!validate49(data.maxVersion, {
        instancePath: instancePath + "/maxVersion",
        parentData: data,
        parentDataProperty: "maxVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.minVersion !== undefined) {
      if (!validate49(data.minVersion, {
        instancePath: instancePath + "/minVersion",
        parentData: data,
        parentDataProperty: "minVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.serverName !== undefined) {
      if (!validate29(data.serverName, {
        instancePath: instancePath + "/serverName",
        parentData: data,
        parentDataProperty: "serverName",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
const schema32 = {
  "pattern": "^(http|https)://.+$",
  "type": "string"
};
const pattern2 = new RegExp("^(http|https)://.+$", "u");
function validate92(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern2.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^(http|https)://.+$"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
function validate77(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.clientId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "clientId"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.clientSecret === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "clientSecret"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tokenUrl === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "tokenUrl"
        }
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.clientId !== undefined) {
      if (!validate78(data.clientId, {
        instancePath: instancePath + "/clientId",
        parentData: data,
        parentDataProperty: "clientId",
        rootData
      })) {
        vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
        errors = vErrors.length;
      }
    }
    if (data.clientSecret !== undefined) {
      if (!validate40(data.clientSecret, {
        instancePath: instancePath + "/clientSecret",
        parentData: data,
        parentDataProperty: "clientSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.endpointParams !== undefined) {
      if (!validate83(data.endpointParams, {
        instancePath: instancePath + "/endpointParams",
        parentData: data,
        parentDataProperty: "endpointParams",
        rootData
      })) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.noProxy !== undefined) {
      if (!validate29(data.noProxy, {
        instancePath: instancePath + "/noProxy",
        parentData: data,
        parentDataProperty: "noProxy",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyConnectHeader !== undefined) {
      if (!validate50(data.proxyConnectHeader, {
        instancePath: instancePath + "/proxyConnectHeader",
        parentData: data,
        parentDataProperty: "proxyConnectHeader",
        rootData
      })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyFromEnvironment !== undefined) {
      if (!validate27(data.proxyFromEnvironment, {
        instancePath: instancePath + "/proxyFromEnvironment",
        parentData: data,
        parentDataProperty: "proxyFromEnvironment",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyUrl !== undefined) {
      if (!validate54(data.proxyUrl, {
        instancePath: instancePath + "/proxyUrl",
        parentData: data,
        parentDataProperty: "proxyUrl",
        rootData
      })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.scopes !== undefined) {
      if (!validate44(data.scopes, {
        instancePath: instancePath + "/scopes",
        parentData: data,
        parentDataProperty: "scopes",
        rootData
      })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsConfig !== undefined) {
      if (!validate55(data.tlsConfig, {
        instancePath: instancePath + "/tlsConfig",
        parentData: data,
        parentDataProperty: "tlsConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenUrl !== undefined) {
      if (!validate92(data.tokenUrl, {
        instancePath: instancePath + "/tokenUrl",
        parentData: data,
        parentDataProperty: "tokenUrl",
        rootData
      })) {
        vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
        errors = vErrors.length;
      }
    }
  }
  validate77.errors = vErrors;
  return errors === 0;
}
function validate64(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authorization !== undefined) {
      if (!validate65(data.authorization, {
        instancePath: instancePath + "/authorization",
        parentData: data,
        parentDataProperty: "authorization",
        rootData
      })) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
    if (data.basicAuth !== undefined) {
      if (!validate69(data.basicAuth, {
        instancePath: instancePath + "/basicAuth",
        parentData: data,
        parentDataProperty: "basicAuth",
        rootData
      })) {
        vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
        errors = vErrors.length;
      }
    }
    if (data.bearerTokenSecret !== undefined) {
      if (!validate36(data.bearerTokenSecret, {
        instancePath: instancePath + "/bearerTokenSecret",
        parentData: data,
        parentDataProperty: "bearerTokenSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.enableHttp2 !== undefined) {
      if (!validate27(data.enableHttp2, {
        instancePath: instancePath + "/enableHttp2",
        parentData: data,
        parentDataProperty: "enableHttp2",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.followRedirects !== undefined) {
      if (!validate27(data.followRedirects, {
        instancePath: instancePath + "/followRedirects",
        parentData: data,
        parentDataProperty: "followRedirects",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.noProxy !== undefined) {
      if (!validate29(data.noProxy, {
        instancePath: instancePath + "/noProxy",
        parentData: data,
        parentDataProperty: "noProxy",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.oauth2 !== undefined) {
      if (!validate77(data.oauth2, {
        instancePath: instancePath + "/oauth2",
        parentData: data,
        parentDataProperty: "oauth2",
        rootData
      })) {
        vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyConnectHeader !== undefined) {
      if (!validate50(data.proxyConnectHeader, {
        instancePath: instancePath + "/proxyConnectHeader",
        parentData: data,
        parentDataProperty: "proxyConnectHeader",
        rootData
      })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyFromEnvironment !== undefined) {
      if (!validate27(data.proxyFromEnvironment, {
        instancePath: instancePath + "/proxyFromEnvironment",
        parentData: data,
        parentDataProperty: "proxyFromEnvironment",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyURL !== undefined) {
      if (!validate29(data.proxyURL, {
        instancePath: instancePath + "/proxyURL",
        parentData: data,
        parentDataProperty: "proxyURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyUrl !== undefined) {
      if (!validate54(data.proxyUrl, {
        instancePath: instancePath + "/proxyUrl",
        parentData: data,
        parentDataProperty: "proxyUrl",
        rootData
      })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsConfig !== undefined) {
      if (!validate55(data.tlsConfig, {
        instancePath: instancePath + "/tlsConfig",
        parentData: data,
        parentDataProperty: "tlsConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
  }
  validate64.errors = vErrors;
  return errors === 0;
}
function validate163(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiURL === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "apiURL"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiURL !== undefined) {
      if (!validate40(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.avatarURL !== undefined) {
      if (!validate100(data.avatarURL, {
        instancePath: instancePath + "/avatarURL",
        parentData: data,
        parentDataProperty: "avatarURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.content !== undefined) {
      if (!validate63(data.content, {
        instancePath: instancePath + "/content",
        parentData: data,
        parentDataProperty: "content",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate29(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate29(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.username !== undefined) {
      if (!validate63(data.username, {
        instancePath: instancePath + "/username",
        parentData: data,
        parentDataProperty: "username",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate163.errors = vErrors;
  return errors === 0;
}
function validate162(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate163(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
        errors = vErrors.length;
      }
    }
  }
  validate162.errors = vErrors;
  return errors === 0;
}
const schema66 = {
  "items": {
    "$ref": "fgcpsmOUVKhuTlQvm3PCRUMda2yrn3TuwhAaJiX6oQ"
  },
  "type": "array",
  "nullable": true
};
const schema67 = {
  "properties": {
    "authIdentity": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "authPassword": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "authSecret": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "authUsername": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "forceImplicitTLS": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "from": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "headers": {
      "$ref": "JjPj7iEt7JmGfNPipq28Q1wcwFfTpJisMIF2WWQmw8"
    },
    "hello": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "html": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "requireTLS": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "smarthost": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "text": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "threading": {
      "$ref": "FMEARtzw2HkzFXctfzQcY9m2TjtkjTmNbArObyges"
    },
    "tlsConfig": {
      "$ref": "7dRfdCnRa9PVDTj6eTdN0W9SkarQHUPfTu5rAtLgvqs"
    },
    "to": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "type": "object"
};
const schema34 = {
  "items": {
    "$ref": "ItfnTGttFwoUepX7pALoZw1YflJyzOBmMbwCxXpv90"
  },
  "type": "array",
  "nullable": true
};
const schema35 = {
  "properties": {
    "key": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "value": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    }
  },
  "required": ["key", "value"],
  "type": "object"
};
function validate102(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "key"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "value"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.key !== undefined) {
      if (!validate25(data.key, {
        instancePath: instancePath + "/key",
        parentData: data,
        parentDataProperty: "key",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== undefined) {
      if (!validate32(data.value, {
        instancePath: instancePath + "/value",
        parentData: data,
        parentDataProperty: "value",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
function validate101(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate102(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
  }
  validate101.errors = vErrors;
  return errors === 0;
}
const schema68 = {
  "properties": {
    "threadByDate": {
      "$ref": "RJNpAT7F0YIEkBr5H9ahWtAjyoqUOoyBlQOiS7xrKU"
    }
  },
  "required": ["threadByDate"],
  "type": "object",
  "nullable": true
};
const schema69 = {
  "enum": ["Daily", "None"],
  "type": "string"
};
function validate190(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "Daily" || data === "None")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema69.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate190.errors = vErrors;
  return errors === 0;
}
function validate189(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.threadByDate === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "threadByDate"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.threadByDate !== undefined) {
      if (!validate190(data.threadByDate, {
        instancePath: instancePath + "/threadByDate",
        parentData: data,
        parentDataProperty: "threadByDate",
        rootData
      })) {
        vErrors = vErrors === null ? validate190.errors : vErrors.concat(validate190.errors);
        errors = vErrors.length;
      }
    }
  }
  validate189.errors = vErrors;
  return errors === 0;
}
function validate175(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authIdentity !== undefined) {
      if (!validate63(data.authIdentity, {
        instancePath: instancePath + "/authIdentity",
        parentData: data,
        parentDataProperty: "authIdentity",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.authPassword !== undefined) {
      if (!validate36(data.authPassword, {
        instancePath: instancePath + "/authPassword",
        parentData: data,
        parentDataProperty: "authPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.authSecret !== undefined) {
      if (!validate36(data.authSecret, {
        instancePath: instancePath + "/authSecret",
        parentData: data,
        parentDataProperty: "authSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.authUsername !== undefined) {
      if (!validate63(data.authUsername, {
        instancePath: instancePath + "/authUsername",
        parentData: data,
        parentDataProperty: "authUsername",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.forceImplicitTLS !== undefined) {
      if (!validate27(data.forceImplicitTLS, {
        instancePath: instancePath + "/forceImplicitTLS",
        parentData: data,
        parentDataProperty: "forceImplicitTLS",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.from !== undefined) {
      if (!validate63(data.from, {
        instancePath: instancePath + "/from",
        parentData: data,
        parentDataProperty: "from",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.headers !== undefined) {
      if (!validate101(data.headers, {
        instancePath: instancePath + "/headers",
        parentData: data,
        parentDataProperty: "headers",
        rootData
      })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.hello !== undefined) {
      if (!validate63(data.hello, {
        instancePath: instancePath + "/hello",
        parentData: data,
        parentDataProperty: "hello",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.html !== undefined) {
      if (!validate29(data.html, {
        instancePath: instancePath + "/html",
        parentData: data,
        parentDataProperty: "html",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.requireTLS !== undefined) {
      if (!validate27(data.requireTLS, {
        instancePath: instancePath + "/requireTLS",
        parentData: data,
        parentDataProperty: "requireTLS",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.smarthost !== undefined) {
      if (!validate63(data.smarthost, {
        instancePath: instancePath + "/smarthost",
        parentData: data,
        parentDataProperty: "smarthost",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate63(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.threading !== undefined) {
      if (!validate189(data.threading, {
        instancePath: instancePath + "/threading",
        parentData: data,
        parentDataProperty: "threading",
        rootData
      })) {
        vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsConfig !== undefined) {
      if (!validate55(data.tlsConfig, {
        instancePath: instancePath + "/tlsConfig",
        parentData: data,
        parentDataProperty: "tlsConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.to !== undefined) {
      if (!validate63(data.to, {
        instancePath: instancePath + "/to",
        parentData: data,
        parentDataProperty: "to",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate175.errors = vErrors;
  return errors === 0;
}
function validate174(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate175(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
        errors = vErrors.length;
      }
    }
  }
  validate174.errors = vErrors;
  return errors === 0;
}
const schema70 = {
  "items": {
    "$ref": "Y19WkoR3Wn3HZVOTXPDZWXiZIiC2O0b1K5GCsLvfy6A"
  },
  "type": "array",
  "nullable": true
};
const schema71 = {
  "properties": {
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "summary": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "text": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "title": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "webhookUrl": {
      "$ref": "MfrsitfPoqyrTf00ZIt79GFqtuFjcxMWc8eRHynqy54"
    }
  },
  "required": ["webhookUrl"],
  "type": "object"
};
function validate198(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.webhookUrl === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "webhookUrl"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.summary !== undefined) {
      if (!validate29(data.summary, {
        instancePath: instancePath + "/summary",
        parentData: data,
        parentDataProperty: "summary",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate29(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate29(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.webhookUrl !== undefined) {
      if (!validate40(data.webhookUrl, {
        instancePath: instancePath + "/webhookUrl",
        parentData: data,
        parentDataProperty: "webhookUrl",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate198.errors = vErrors;
  return errors === 0;
}
function validate197(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate198(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
        errors = vErrors.length;
      }
    }
  }
  validate197.errors = vErrors;
  return errors === 0;
}
const schema72 = {
  "items": {
    "$ref": "aIAgC1a93Qm7vi5SoFYEoE5OJYk4P9Hb7OjMdsl2ECo"
  },
  "type": "array",
  "nullable": true
};
const schema73 = {
  "properties": {
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "text": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "title": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "webhookURL": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    }
  },
  "type": "object"
};
function validate208(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate63(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate63(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.webhookURL !== undefined) {
      if (!validate36(data.webhookURL, {
        instancePath: instancePath + "/webhookURL",
        parentData: data,
        parentDataProperty: "webhookURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate208.errors = vErrors;
  return errors === 0;
}
function validate207(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate208(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
        errors = vErrors.length;
      }
    }
  }
  validate207.errors = vErrors;
  return errors === 0;
}
const schema74 = {
  "items": {
    "$ref": "h28ybqPlNH80Vwf4Gk7DkNvfB8NFoqJbhPMVRxA"
  },
  "type": "array",
  "nullable": true
};
const schema75 = {
  "properties": {
    "actions": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "apiKey": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "apiURL": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    },
    "details": {
      "$ref": "JjPj7iEt7JmGfNPipq28Q1wcwFfTpJisMIF2WWQmw8"
    },
    "entity": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "message": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "note": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "priority": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "responders": {
      "$ref": "VvlX4EeVdtccMWHRTRLqfRhuroDSwsm4b3sC2frG7Y"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "source": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "tags": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "updateAlerts": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "type": "object"
};
const schema76 = {
  "items": {
    "$ref": "7bT5hWBPL4gwm49zBNE30oOgjBaqOlgvi2l2oSus4"
  },
  "type": "array",
  "nullable": true
};
const schema77 = {
  "properties": {
    "id": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "name": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "type": {
      "$ref": "OLHz1JqqcpuwlQaI85OHJYElSvNBJ2JWsyQ9jRPQ0Q"
    },
    "username": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "required": ["type"],
  "type": "object"
};
const schema78 = {
  "enum": ["team", "teams", "user", "escalation", "schedule"],
  "minLength": 1,
  "type": "string"
};
function validate232(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "team" || data === "teams" || data === "user" || data === "escalation" || data === "schedule")) {
    const err0 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema78.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minLength",
        keyword: "minLength",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate232.errors = vErrors;
  return errors === 0;
}
function validate229(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "type"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (!validate63(data.id, {
        instancePath: instancePath + "/id",
        parentData: data,
        parentDataProperty: "id",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate63(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== undefined) {
      if (!validate232(data.type, {
        instancePath: instancePath + "/type",
        parentData: data,
        parentDataProperty: "type",
        rootData
      })) {
        vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
        errors = vErrors.length;
      }
    }
    if (data.username !== undefined) {
      if (!validate63(data.username, {
        instancePath: instancePath + "/username",
        parentData: data,
        parentDataProperty: "username",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate229.errors = vErrors;
  return errors === 0;
}
function validate228(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate229(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate229.errors : vErrors.concat(validate229.errors);
        errors = vErrors.length;
      }
    }
  }
  validate228.errors = vErrors;
  return errors === 0;
}
function validate218(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actions !== undefined) {
      if (!validate63(data.actions, {
        instancePath: instancePath + "/actions",
        parentData: data,
        parentDataProperty: "actions",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.apiKey !== undefined) {
      if (!validate36(data.apiKey, {
        instancePath: instancePath + "/apiKey",
        parentData: data,
        parentDataProperty: "apiKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.apiURL !== undefined) {
      if (!validate100(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.details !== undefined) {
      if (!validate101(data.details, {
        instancePath: instancePath + "/details",
        parentData: data,
        parentDataProperty: "details",
        rootData
      })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.entity !== undefined) {
      if (!validate63(data.entity, {
        instancePath: instancePath + "/entity",
        parentData: data,
        parentDataProperty: "entity",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate63(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== undefined) {
      if (!validate63(data.note, {
        instancePath: instancePath + "/note",
        parentData: data,
        parentDataProperty: "note",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.priority !== undefined) {
      if (!validate63(data.priority, {
        instancePath: instancePath + "/priority",
        parentData: data,
        parentDataProperty: "priority",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.responders !== undefined) {
      if (!validate228(data.responders, {
        instancePath: instancePath + "/responders",
        parentData: data,
        parentDataProperty: "responders",
        rootData
      })) {
        vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.source !== undefined) {
      if (!validate63(data.source, {
        instancePath: instancePath + "/source",
        parentData: data,
        parentDataProperty: "source",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined) {
      if (!validate63(data.tags, {
        instancePath: instancePath + "/tags",
        parentData: data,
        parentDataProperty: "tags",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.updateAlerts !== undefined) {
      if (!validate27(data.updateAlerts, {
        instancePath: instancePath + "/updateAlerts",
        parentData: data,
        parentDataProperty: "updateAlerts",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate218.errors = vErrors;
  return errors === 0;
}
function validate217(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate218(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
        errors = vErrors.length;
      }
    }
  }
  validate217.errors = vErrors;
  return errors === 0;
}
const schema79 = {
  "items": {
    "$ref": "EGk8rj2OcwgFHogUBC5t2WHI33VEbxxJNG8OAUdp8"
  },
  "type": "array",
  "nullable": true
};
const schema80 = {
  "properties": {
    "class": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "client": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "clientURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "component": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "details": {
      "$ref": "JjPj7iEt7JmGfNPipq28Q1wcwFfTpJisMIF2WWQmw8"
    },
    "group": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "pagerDutyImageConfigs": {
      "$ref": "CRz4QvfEPXCNlvtJ8KMyrFfe5VhJJP3JdjtGDgvw"
    },
    "pagerDutyLinkConfigs": {
      "$ref": "hCNuC0d6ykDSwF9RHwwD9Jz6hLcp3jU8dytTwVYzg"
    },
    "routingKey": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "serviceKey": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "severity": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "source": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "timeout": {
      "$ref": "s4368J1Po1hpirjHVz6uHu3KroTfSX97iYlqXfJrWY"
    },
    "url": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    }
  },
  "type": "object"
};
const schema81 = {
  "items": {
    "$ref": "YT2mpYX1V6xgU34FMdQkxAYktrolZsGl8JLtoXkl4A"
  },
  "type": "array",
  "nullable": true
};
const schema82 = {
  "properties": {
    "alt": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "href": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "src": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "type": "object"
};
function validate253(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.alt !== undefined) {
      if (!validate63(data.alt, {
        instancePath: instancePath + "/alt",
        parentData: data,
        parentDataProperty: "alt",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.href !== undefined) {
      if (!validate29(data.href, {
        instancePath: instancePath + "/href",
        parentData: data,
        parentDataProperty: "href",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.src !== undefined) {
      if (!validate63(data.src, {
        instancePath: instancePath + "/src",
        parentData: data,
        parentDataProperty: "src",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate253.errors = vErrors;
  return errors === 0;
}
function validate252(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate253(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate253.errors : vErrors.concat(validate253.errors);
        errors = vErrors.length;
      }
    }
  }
  validate252.errors = vErrors;
  return errors === 0;
}
const schema83 = {
  "items": {
    "$ref": "ehSLpToaBUjXjl2c71FNEytrTET3ZWdn9vdQuL1l3ls"
  },
  "type": "array",
  "nullable": true
};
const schema84 = {
  "properties": {
    "alt": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "href": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object"
};
function validate260(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.alt !== undefined) {
      if (!validate63(data.alt, {
        instancePath: instancePath + "/alt",
        parentData: data,
        parentDataProperty: "alt",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.href !== undefined) {
      if (!validate29(data.href, {
        instancePath: instancePath + "/href",
        parentData: data,
        parentDataProperty: "href",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate260.errors = vErrors;
  return errors === 0;
}
function validate259(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate260(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate260.errors : vErrors.concat(validate260.errors);
        errors = vErrors.length;
      }
    }
  }
  validate259.errors = vErrors;
  return errors === 0;
}
const schema37 = {
  "pattern": "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$",
  "type": "string",
  "nullable": true
};
const pattern5 = new RegExp("^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$", "u");
function validate107(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern5.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate107.errors = vErrors;
  return errors === 0;
}
function validate244(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.class !== undefined) {
      if (!validate63(data.class, {
        instancePath: instancePath + "/class",
        parentData: data,
        parentDataProperty: "class",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.client !== undefined) {
      if (!validate63(data.client, {
        instancePath: instancePath + "/client",
        parentData: data,
        parentDataProperty: "client",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.clientURL !== undefined) {
      if (!validate29(data.clientURL, {
        instancePath: instancePath + "/clientURL",
        parentData: data,
        parentDataProperty: "clientURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.component !== undefined) {
      if (!validate63(data.component, {
        instancePath: instancePath + "/component",
        parentData: data,
        parentDataProperty: "component",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.details !== undefined) {
      if (!validate101(data.details, {
        instancePath: instancePath + "/details",
        parentData: data,
        parentDataProperty: "details",
        rootData
      })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.group !== undefined) {
      if (!validate63(data.group, {
        instancePath: instancePath + "/group",
        parentData: data,
        parentDataProperty: "group",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.pagerDutyImageConfigs !== undefined) {
      if (!validate252(data.pagerDutyImageConfigs, {
        instancePath: instancePath + "/pagerDutyImageConfigs",
        parentData: data,
        parentDataProperty: "pagerDutyImageConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
        errors = vErrors.length;
      }
    }
    if (data.pagerDutyLinkConfigs !== undefined) {
      if (!validate259(data.pagerDutyLinkConfigs, {
        instancePath: instancePath + "/pagerDutyLinkConfigs",
        parentData: data,
        parentDataProperty: "pagerDutyLinkConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate259.errors : vErrors.concat(validate259.errors);
        errors = vErrors.length;
      }
    }
    if (data.routingKey !== undefined) {
      if (!validate36(data.routingKey, {
        instancePath: instancePath + "/routingKey",
        parentData: data,
        parentDataProperty: "routingKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceKey !== undefined) {
      if (!validate36(data.serviceKey, {
        instancePath: instancePath + "/serviceKey",
        parentData: data,
        parentDataProperty: "serviceKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.severity !== undefined) {
      if (!validate63(data.severity, {
        instancePath: instancePath + "/severity",
        parentData: data,
        parentDataProperty: "severity",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.source !== undefined) {
      if (!validate63(data.source, {
        instancePath: instancePath + "/source",
        parentData: data,
        parentDataProperty: "source",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== undefined) {
      if (!validate107(data.timeout, {
        instancePath: instancePath + "/timeout",
        parentData: data,
        parentDataProperty: "timeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate100(data.url, {
        instancePath: instancePath + "/url",
        parentData: data,
        parentDataProperty: "url",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate244.errors = vErrors;
  return errors === 0;
}
function validate243(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate244(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate244.errors : vErrors.concat(validate244.errors);
        errors = vErrors.length;
      }
    }
  }
  validate243.errors = vErrors;
  return errors === 0;
}
const schema85 = {
  "items": {
    "$ref": "xrIBjMlw1iY3dXnX6fFskn74zNNSgFvrn2Zlx3eCBU"
  },
  "type": "array",
  "nullable": true
};
const schema86 = {
  "properties": {
    "device": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "expire": {
      "$ref": "qkBGZvv0vsrMOfBOnUwXGUMfNLC2UpLNrMccLdyQc"
    },
    "html": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "message": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "monospace": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "priority": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "retry": {
      "$ref": "qkBGZvv0vsrMOfBOnUwXGUMfNLC2UpLNrMccLdyQc"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "sound": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "title": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "token": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "tokenFile": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "ttl": {
      "$ref": "s4368J1Po1hpirjHVz6uHu3KroTfSX97iYlqXfJrWY"
    },
    "url": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "urlTitle": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "userKey": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "userKeyFile": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "type": "object"
};
const schema36 = {
  "pattern": "^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$",
  "type": "string",
  "nullable": true
};
const pattern4 = new RegExp("^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$", "u");
function validate106(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate106.errors = vErrors;
  return errors === 0;
}
function validate275(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.device !== undefined) {
      if (!validate63(data.device, {
        instancePath: instancePath + "/device",
        parentData: data,
        parentDataProperty: "device",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.expire !== undefined) {
      if (!validate106(data.expire, {
        instancePath: instancePath + "/expire",
        parentData: data,
        parentDataProperty: "expire",
        rootData
      })) {
        vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
        errors = vErrors.length;
      }
    }
    if (data.html !== undefined) {
      if (!validate27(data.html, {
        instancePath: instancePath + "/html",
        parentData: data,
        parentDataProperty: "html",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate63(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.monospace !== undefined) {
      if (!validate27(data.monospace, {
        instancePath: instancePath + "/monospace",
        parentData: data,
        parentDataProperty: "monospace",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.priority !== undefined) {
      if (!validate63(data.priority, {
        instancePath: instancePath + "/priority",
        parentData: data,
        parentDataProperty: "priority",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.retry !== undefined) {
      if (!validate106(data.retry, {
        instancePath: instancePath + "/retry",
        parentData: data,
        parentDataProperty: "retry",
        rootData
      })) {
        vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.sound !== undefined) {
      if (!validate63(data.sound, {
        instancePath: instancePath + "/sound",
        parentData: data,
        parentDataProperty: "sound",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate63(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.token !== undefined) {
      if (!validate36(data.token, {
        instancePath: instancePath + "/token",
        parentData: data,
        parentDataProperty: "token",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenFile !== undefined) {
      if (!validate63(data.tokenFile, {
        instancePath: instancePath + "/tokenFile",
        parentData: data,
        parentDataProperty: "tokenFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.ttl !== undefined) {
      if (!validate107(data.ttl, {
        instancePath: instancePath + "/ttl",
        parentData: data,
        parentDataProperty: "ttl",
        rootData
      })) {
        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate29(data.url, {
        instancePath: instancePath + "/url",
        parentData: data,
        parentDataProperty: "url",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.urlTitle !== undefined) {
      if (!validate63(data.urlTitle, {
        instancePath: instancePath + "/urlTitle",
        parentData: data,
        parentDataProperty: "urlTitle",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.userKey !== undefined) {
      if (!validate36(data.userKey, {
        instancePath: instancePath + "/userKey",
        parentData: data,
        parentDataProperty: "userKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.userKeyFile !== undefined) {
      if (!validate63(data.userKeyFile, {
        instancePath: instancePath + "/userKeyFile",
        parentData: data,
        parentDataProperty: "userKeyFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate275.errors = vErrors;
  return errors === 0;
}
function validate274(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate275(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate275.errors : vErrors.concat(validate275.errors);
        errors = vErrors.length;
      }
    }
  }
  validate274.errors = vErrors;
  return errors === 0;
}
const schema87 = {
  "items": {
    "$ref": "GAopXtCUssaTp8gAFwlSsbQHXH0tYFImDrvIExim0Y"
  },
  "type": "array",
  "nullable": true
};
const schema88 = {
  "properties": {
    "actions": {
      "$ref": "qfpkaOlOBe8nzm5pYJC1bQuAht4KrI8CbKnvHssRE"
    },
    "apiURL": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    },
    "channel": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "color": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "emoji": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "fields": {
      "$ref": "Rk3yNOFnyYQjQfKjndOlg1UAyq4CLBErR1a5RMrUo"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "iconURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "imageURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "linkNames": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "shortFields": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "text": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "thumbURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "title": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "titleLink": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "token": {
      "$ref": "MfrsitfPoqyrTf00ZIt79GFqtuFjcxMWc8eRHynqy54"
    },
    "tokenID": {
      "$ref": "MfrsitfPoqyrTf00ZIt79GFqtuFjcxMWc8eRHynqy54"
    }
  },
  "required": ["token", "tokenID"],
  "type": "object"
};
const schema89 = {
  "items": {
    "$ref": "5RvWXjC9mrWuhvyWpYQuKpxdb1i8zyc5k1k5Jy6x03A"
  },
  "minItems": 1,
  "type": "array",
  "nullable": true
};
const schema90 = {
  "properties": {
    "msg": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "text": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "url": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object"
};
function validate299(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.msg !== undefined) {
      if (!validate63(data.msg, {
        instancePath: instancePath + "/msg",
        parentData: data,
        parentDataProperty: "msg",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate63(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate29(data.url, {
        instancePath: instancePath + "/url",
        parentData: data,
        parentDataProperty: "url",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate299.errors = vErrors;
  return errors === 0;
}
function validate298(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minItems",
        keyword: "minItems",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate299(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
        errors = vErrors.length;
      }
    }
  }
  validate298.errors = vErrors;
  return errors === 0;
}
const schema91 = {
  "items": {
    "$ref": "ccwF6ukq6PUwfeCdeYgNzZzh2gMZZ4wnDd0rBiWK4"
  },
  "minItems": 1,
  "type": "array",
  "nullable": true
};
const schema92 = {
  "properties": {
    "short": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "title": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "value": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "type": "object"
};
function validate310(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.short !== undefined) {
      if (!validate27(data.short, {
        instancePath: instancePath + "/short",
        parentData: data,
        parentDataProperty: "short",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate63(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== undefined) {
      if (!validate63(data.value, {
        instancePath: instancePath + "/value",
        parentData: data,
        parentDataProperty: "value",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate310.errors = vErrors;
  return errors === 0;
}
function validate309(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minItems",
        keyword: "minItems",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate310(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
        errors = vErrors.length;
      }
    }
  }
  validate309.errors = vErrors;
  return errors === 0;
}
function validate297(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.token === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "token"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tokenID === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "tokenID"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.actions !== undefined) {
      if (!validate298(data.actions, {
        instancePath: instancePath + "/actions",
        parentData: data,
        parentDataProperty: "actions",
        rootData
      })) {
        vErrors = vErrors === null ? validate298.errors : vErrors.concat(validate298.errors);
        errors = vErrors.length;
      }
    }
    if (data.apiURL !== undefined) {
      if (!validate100(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.channel !== undefined) {
      if (!validate63(data.channel, {
        instancePath: instancePath + "/channel",
        parentData: data,
        parentDataProperty: "channel",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.color !== undefined) {
      if (!validate63(data.color, {
        instancePath: instancePath + "/color",
        parentData: data,
        parentDataProperty: "color",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.emoji !== undefined) {
      if (!validate63(data.emoji, {
        instancePath: instancePath + "/emoji",
        parentData: data,
        parentDataProperty: "emoji",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.fields !== undefined) {
      if (!validate309(data.fields, {
        instancePath: instancePath + "/fields",
        parentData: data,
        parentDataProperty: "fields",
        rootData
      })) {
        vErrors = vErrors === null ? validate309.errors : vErrors.concat(validate309.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.iconURL !== undefined) {
      if (!validate29(data.iconURL, {
        instancePath: instancePath + "/iconURL",
        parentData: data,
        parentDataProperty: "iconURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.imageURL !== undefined) {
      if (!validate29(data.imageURL, {
        instancePath: instancePath + "/imageURL",
        parentData: data,
        parentDataProperty: "imageURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.linkNames !== undefined) {
      if (!validate27(data.linkNames, {
        instancePath: instancePath + "/linkNames",
        parentData: data,
        parentDataProperty: "linkNames",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.shortFields !== undefined) {
      if (!validate27(data.shortFields, {
        instancePath: instancePath + "/shortFields",
        parentData: data,
        parentDataProperty: "shortFields",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate63(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.thumbURL !== undefined) {
      if (!validate29(data.thumbURL, {
        instancePath: instancePath + "/thumbURL",
        parentData: data,
        parentDataProperty: "thumbURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate63(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.titleLink !== undefined) {
      if (!validate63(data.titleLink, {
        instancePath: instancePath + "/titleLink",
        parentData: data,
        parentDataProperty: "titleLink",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.token !== undefined) {
      if (!validate40(data.token, {
        instancePath: instancePath + "/token",
        parentData: data,
        parentDataProperty: "token",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenID !== undefined) {
      if (!validate40(data.tokenID, {
        instancePath: instancePath + "/tokenID",
        parentData: data,
        parentDataProperty: "tokenID",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate297.errors = vErrors;
  return errors === 0;
}
function validate296(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate297(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate297.errors : vErrors.concat(validate297.errors);
        errors = vErrors.length;
      }
    }
  }
  validate296.errors = vErrors;
  return errors === 0;
}
const schema93 = {
  "items": {
    "$ref": "7ErClIsSvJElqg1HLqG1RD6HzE0OYy1etoN1olE6PIo"
  },
  "type": "array",
  "nullable": true
};
const schema94 = {
  "properties": {
    "actions": {
      "$ref": "xzqrLKyYfrSw6EqB5ntbJnzGk978HglwF7zzHkVg"
    },
    "apiURL": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "callbackId": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "channel": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "color": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "fallback": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "fields": {
      "$ref": "W9FXKpSwDpYgA7yhvTAtEbkKEepByOQXcSO4z0RlXFA"
    },
    "footer": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "iconEmoji": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "iconURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "imageURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "linkNames": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "messageText": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "mrkdwnIn": {
      "$ref": "3TBc5yMJAq5NzQ0OjrzUBoSkUCPHoM1NhsLoGyWcVEo"
    },
    "pretext": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "shortFields": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "text": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "thumbURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeout": {
      "$ref": "s4368J1Po1hpirjHVz6uHu3KroTfSX97iYlqXfJrWY"
    },
    "title": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "titleLink": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "updateMessage": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "username": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "type": "object"
};
const schema95 = {
  "items": {
    "$ref": "ybFzRRhL79VQy7XXriuHeZIRCwCYoah7Pbiznyw"
  },
  "minItems": 1,
  "type": "array",
  "nullable": true
};
const schema96 = {
  "properties": {
    "confirm": {
      "$ref": "9F3tIkomSbiEwanuRBWdNiOUujVlgcbAPJA2KIGt9c"
    },
    "name": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "style": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "text": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "type": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "url": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "value": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "required": ["text", "type"],
  "type": "object"
};
const schema97 = {
  "properties": {
    "dismissText": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "okText": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "text": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "title": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "required": ["text"],
  "type": "object",
  "nullable": true
};
function validate334(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.text === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "text"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dismissText !== undefined) {
      if (!validate63(data.dismissText, {
        instancePath: instancePath + "/dismissText",
        parentData: data,
        parentDataProperty: "dismissText",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.okText !== undefined) {
      if (!validate63(data.okText, {
        instancePath: instancePath + "/okText",
        parentData: data,
        parentDataProperty: "okText",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate25(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate63(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  }
  validate334.errors = vErrors;
  return errors === 0;
}
function validate333(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.text === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "text"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "type"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.confirm !== undefined) {
      if (!validate334(data.confirm, {
        instancePath: instancePath + "/confirm",
        parentData: data,
        parentDataProperty: "confirm",
        rootData
      })) {
        vErrors = vErrors === null ? validate334.errors : vErrors.concat(validate334.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate63(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.style !== undefined) {
      if (!validate63(data.style, {
        instancePath: instancePath + "/style",
        parentData: data,
        parentDataProperty: "style",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate25(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== undefined) {
      if (!validate25(data.type, {
        instancePath: instancePath + "/type",
        parentData: data,
        parentDataProperty: "type",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate29(data.url, {
        instancePath: instancePath + "/url",
        parentData: data,
        parentDataProperty: "url",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== undefined) {
      if (!validate63(data.value, {
        instancePath: instancePath + "/value",
        parentData: data,
        parentDataProperty: "value",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate333.errors = vErrors;
  return errors === 0;
}
function validate332(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minItems",
        keyword: "minItems",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate333(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate333.errors : vErrors.concat(validate333.errors);
        errors = vErrors.length;
      }
    }
  }
  validate332.errors = vErrors;
  return errors === 0;
}
const schema98 = {
  "items": {
    "$ref": "UWwA71NNsp2RZ9PiRI4NAav959j82bjvNWnyLR0J4"
  },
  "minItems": 1,
  "type": "array",
  "nullable": true
};
const schema99 = {
  "properties": {
    "short": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "title": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "value": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    }
  },
  "required": ["title", "value"],
  "type": "object"
};
function validate354(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "title"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "value"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.short !== undefined) {
      if (!validate27(data.short, {
        instancePath: instancePath + "/short",
        parentData: data,
        parentDataProperty: "short",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate25(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== undefined) {
      if (!validate25(data.value, {
        instancePath: instancePath + "/value",
        parentData: data,
        parentDataProperty: "value",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate354.errors = vErrors;
  return errors === 0;
}
function validate353(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minItems",
        keyword: "minItems",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate354(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate354.errors : vErrors.concat(validate354.errors);
        errors = vErrors.length;
      }
    }
  }
  validate353.errors = vErrors;
  return errors === 0;
}
const schema100 = {
  "items": {
    "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
  },
  "minItems": 1,
  "type": "array",
  "nullable": true
};
function validate367(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minItems",
        keyword: "minItems",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate25(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate367.errors = vErrors;
  return errors === 0;
}
function validate331(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actions !== undefined) {
      if (!validate332(data.actions, {
        instancePath: instancePath + "/actions",
        parentData: data,
        parentDataProperty: "actions",
        rootData
      })) {
        vErrors = vErrors === null ? validate332.errors : vErrors.concat(validate332.errors);
        errors = vErrors.length;
      }
    }
    if (data.apiURL !== undefined) {
      if (!validate36(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.callbackId !== undefined) {
      if (!validate63(data.callbackId, {
        instancePath: instancePath + "/callbackId",
        parentData: data,
        parentDataProperty: "callbackId",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.channel !== undefined) {
      if (!validate63(data.channel, {
        instancePath: instancePath + "/channel",
        parentData: data,
        parentDataProperty: "channel",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.color !== undefined) {
      if (!validate63(data.color, {
        instancePath: instancePath + "/color",
        parentData: data,
        parentDataProperty: "color",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.fallback !== undefined) {
      if (!validate63(data.fallback, {
        instancePath: instancePath + "/fallback",
        parentData: data,
        parentDataProperty: "fallback",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.fields !== undefined) {
      if (!validate353(data.fields, {
        instancePath: instancePath + "/fields",
        parentData: data,
        parentDataProperty: "fields",
        rootData
      })) {
        vErrors = vErrors === null ? validate353.errors : vErrors.concat(validate353.errors);
        errors = vErrors.length;
      }
    }
    if (data.footer !== undefined) {
      if (!validate63(data.footer, {
        instancePath: instancePath + "/footer",
        parentData: data,
        parentDataProperty: "footer",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.iconEmoji !== undefined) {
      if (!validate63(data.iconEmoji, {
        instancePath: instancePath + "/iconEmoji",
        parentData: data,
        parentDataProperty: "iconEmoji",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.iconURL !== undefined) {
      if (!validate29(data.iconURL, {
        instancePath: instancePath + "/iconURL",
        parentData: data,
        parentDataProperty: "iconURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.imageURL !== undefined) {
      if (!validate29(data.imageURL, {
        instancePath: instancePath + "/imageURL",
        parentData: data,
        parentDataProperty: "imageURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.linkNames !== undefined) {
      if (!validate27(data.linkNames, {
        instancePath: instancePath + "/linkNames",
        parentData: data,
        parentDataProperty: "linkNames",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.messageText !== undefined) {
      if (!validate63(data.messageText, {
        instancePath: instancePath + "/messageText",
        parentData: data,
        parentDataProperty: "messageText",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.mrkdwnIn !== undefined) {
      if (!validate367(data.mrkdwnIn, {
        instancePath: instancePath + "/mrkdwnIn",
        parentData: data,
        parentDataProperty: "mrkdwnIn",
        rootData
      })) {
        vErrors = vErrors === null ? validate367.errors : vErrors.concat(validate367.errors);
        errors = vErrors.length;
      }
    }
    if (data.pretext !== undefined) {
      if (!validate63(data.pretext, {
        instancePath: instancePath + "/pretext",
        parentData: data,
        parentDataProperty: "pretext",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.shortFields !== undefined) {
      if (!validate27(data.shortFields, {
        instancePath: instancePath + "/shortFields",
        parentData: data,
        parentDataProperty: "shortFields",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined) {
      if (!validate63(data.text, {
        instancePath: instancePath + "/text",
        parentData: data,
        parentDataProperty: "text",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.thumbURL !== undefined) {
      if (!validate29(data.thumbURL, {
        instancePath: instancePath + "/thumbURL",
        parentData: data,
        parentDataProperty: "thumbURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== undefined) {
      if (!validate107(data.timeout, {
        instancePath: instancePath + "/timeout",
        parentData: data,
        parentDataProperty: "timeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate63(data.title, {
        instancePath: instancePath + "/title",
        parentData: data,
        parentDataProperty: "title",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.titleLink !== undefined) {
      if (!validate29(data.titleLink, {
        instancePath: instancePath + "/titleLink",
        parentData: data,
        parentDataProperty: "titleLink",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.updateMessage !== undefined) {
      if (!validate27(data.updateMessage, {
        instancePath: instancePath + "/updateMessage",
        parentData: data,
        parentDataProperty: "updateMessage",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.username !== undefined) {
      if (!validate63(data.username, {
        instancePath: instancePath + "/username",
        parentData: data,
        parentDataProperty: "username",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate331.errors = vErrors;
  return errors === 0;
}
function validate330(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate331(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate331.errors : vErrors.concat(validate331.errors);
        errors = vErrors.length;
      }
    }
  }
  validate330.errors = vErrors;
  return errors === 0;
}
const schema101 = {
  "items": {
    "$ref": "4lUu09ieGcm8T3EBBn0Q6SdUo6t1TL2m8mFBlBpdY"
  },
  "type": "array",
  "nullable": true
};
const schema102 = {
  "properties": {
    "apiURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "attributes": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "message": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "phoneNumber": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "sigv4": {
      "$ref": "wsm9INB3Zc3OTiSyqB5xwhQpI4NC0EYWiHRM4bZSoU"
    },
    "subject": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "targetARN": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "topicARN": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "useAWSHTTPClient": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "type": "object"
};
const schema103 = {
  "properties": {
    "accessKey": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "externalId": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "profile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "region": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "roleArn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "secretKey": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "useFIPSSTSEndpoint": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "type": "object",
  "nullable": true
};
function validate390(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accessKey !== undefined) {
      if (!validate36(data.accessKey, {
        instancePath: instancePath + "/accessKey",
        parentData: data,
        parentDataProperty: "accessKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.externalId !== undefined) {
      if (!validate63(data.externalId, {
        instancePath: instancePath + "/externalId",
        parentData: data,
        parentDataProperty: "externalId",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.profile !== undefined) {
      if (!validate29(data.profile, {
        instancePath: instancePath + "/profile",
        parentData: data,
        parentDataProperty: "profile",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.region !== undefined) {
      if (!validate29(data.region, {
        instancePath: instancePath + "/region",
        parentData: data,
        parentDataProperty: "region",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.roleArn !== undefined) {
      if (!validate29(data.roleArn, {
        instancePath: instancePath + "/roleArn",
        parentData: data,
        parentDataProperty: "roleArn",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.secretKey !== undefined) {
      if (!validate36(data.secretKey, {
        instancePath: instancePath + "/secretKey",
        parentData: data,
        parentDataProperty: "secretKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.useFIPSSTSEndpoint !== undefined) {
      if (!validate27(data.useFIPSSTSEndpoint, {
        instancePath: instancePath + "/useFIPSSTSEndpoint",
        parentData: data,
        parentDataProperty: "useFIPSSTSEndpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  }
  validate390.errors = vErrors;
  return errors === 0;
}
function validate383(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiURL !== undefined) {
      if (!validate29(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.attributes !== undefined) {
      if (!validate83(data.attributes, {
        instancePath: instancePath + "/attributes",
        parentData: data,
        parentDataProperty: "attributes",
        rootData
      })) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate63(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumber !== undefined) {
      if (!validate63(data.phoneNumber, {
        instancePath: instancePath + "/phoneNumber",
        parentData: data,
        parentDataProperty: "phoneNumber",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.sigv4 !== undefined) {
      if (!validate390(data.sigv4, {
        instancePath: instancePath + "/sigv4",
        parentData: data,
        parentDataProperty: "sigv4",
        rootData
      })) {
        vErrors = vErrors === null ? validate390.errors : vErrors.concat(validate390.errors);
        errors = vErrors.length;
      }
    }
    if (data.subject !== undefined) {
      if (!validate63(data.subject, {
        instancePath: instancePath + "/subject",
        parentData: data,
        parentDataProperty: "subject",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.targetARN !== undefined) {
      if (!validate63(data.targetARN, {
        instancePath: instancePath + "/targetARN",
        parentData: data,
        parentDataProperty: "targetARN",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.topicARN !== undefined) {
      if (!validate63(data.topicARN, {
        instancePath: instancePath + "/topicARN",
        parentData: data,
        parentDataProperty: "topicARN",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.useAWSHTTPClient !== undefined) {
      if (!validate27(data.useAWSHTTPClient, {
        instancePath: instancePath + "/useAWSHTTPClient",
        parentData: data,
        parentDataProperty: "useAWSHTTPClient",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate383.errors = vErrors;
  return errors === 0;
}
function validate382(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate383(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate383.errors : vErrors.concat(validate383.errors);
        errors = vErrors.length;
      }
    }
  }
  validate382.errors = vErrors;
  return errors === 0;
}
const schema104 = {
  "items": {
    "$ref": "VHOmfv3ALfpgvUMVGCRNjXShSxEm0Vkdmkx2q7nSIQ"
  },
  "type": "array",
  "nullable": true
};
const schema105 = {
  "properties": {
    "apiURL": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    },
    "botToken": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "botTokenFile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "chatID": {
      "$ref": "icwF9bpzvIS3QxC52v2XvqrjjaZnFwyMbHUnptLeEQ"
    },
    "disableNotifications": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "message": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "messageThreadID": {
      "$ref": "NW88HfrvS38u8Yy207QW6S7qFs2gsa0jBgSYGvqPw"
    },
    "parseMode": {
      "$ref": "ueqX5V9OLM38wW3JYDwbNrMQqGQulLCMasVAP6eCzs"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "required": ["chatID"],
  "type": "object"
};
const schema106 = {
  "format": "int64",
  "type": "integer"
};
const formats0 = formats.int64;
function validate410(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int64"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate410.errors = vErrors;
  return errors === 0;
}
const schema39 = {
  "format": "int64",
  "type": "integer",
  "nullable": true
};
function validate109(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int64"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate109.errors = vErrors;
  return errors === 0;
}
const schema107 = {
  "enum": ["MarkdownV2", "Markdown", "HTML"],
  "type": "string",
  "nullable": true
};
function validate416(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "MarkdownV2" || data === "Markdown" || data === "HTML")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema107.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate416.errors = vErrors;
  return errors === 0;
}
function validate406(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chatID === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "chatID"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiURL !== undefined) {
      if (!validate100(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.botToken !== undefined) {
      if (!validate36(data.botToken, {
        instancePath: instancePath + "/botToken",
        parentData: data,
        parentDataProperty: "botToken",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.botTokenFile !== undefined) {
      if (!validate29(data.botTokenFile, {
        instancePath: instancePath + "/botTokenFile",
        parentData: data,
        parentDataProperty: "botTokenFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.chatID !== undefined) {
      if (!validate410(data.chatID, {
        instancePath: instancePath + "/chatID",
        parentData: data,
        parentDataProperty: "chatID",
        rootData
      })) {
        vErrors = vErrors === null ? validate410.errors : vErrors.concat(validate410.errors);
        errors = vErrors.length;
      }
    }
    if (data.disableNotifications !== undefined) {
      if (!validate27(data.disableNotifications, {
        instancePath: instancePath + "/disableNotifications",
        parentData: data,
        parentDataProperty: "disableNotifications",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate29(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.messageThreadID !== undefined) {
      if (!validate109(data.messageThreadID, {
        instancePath: instancePath + "/messageThreadID",
        parentData: data,
        parentDataProperty: "messageThreadID",
        rootData
      })) {
        vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
        errors = vErrors.length;
      }
    }
    if (data.parseMode !== undefined) {
      if (!validate416(data.parseMode, {
        instancePath: instancePath + "/parseMode",
        parentData: data,
        parentDataProperty: "parseMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate416.errors : vErrors.concat(validate416.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate406.errors = vErrors;
  return errors === 0;
}
function validate405(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate406(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
        errors = vErrors.length;
      }
    }
  }
  validate405.errors = vErrors;
  return errors === 0;
}
const schema108 = {
  "items": {
    "$ref": "oWHQ9McjT24YA5FFgVuwfk1HQA3OyPqZOG234CB5A"
  },
  "type": "array",
  "nullable": true
};
const schema109 = {
  "properties": {
    "apiKey": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "apiUrl": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    },
    "customFields": {
      "$ref": "JjPj7iEt7JmGfNPipq28Q1wcwFfTpJisMIF2WWQmw8"
    },
    "entityDisplayName": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "messageType": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "monitoringTool": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "routingKey": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "stateMessage": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "required": ["routingKey"],
  "type": "object"
};
function validate422(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.routingKey === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "routingKey"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiKey !== undefined) {
      if (!validate36(data.apiKey, {
        instancePath: instancePath + "/apiKey",
        parentData: data,
        parentDataProperty: "apiKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.apiUrl !== undefined) {
      if (!validate100(data.apiUrl, {
        instancePath: instancePath + "/apiUrl",
        parentData: data,
        parentDataProperty: "apiUrl",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.customFields !== undefined) {
      if (!validate101(data.customFields, {
        instancePath: instancePath + "/customFields",
        parentData: data,
        parentDataProperty: "customFields",
        rootData
      })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.entityDisplayName !== undefined) {
      if (!validate63(data.entityDisplayName, {
        instancePath: instancePath + "/entityDisplayName",
        parentData: data,
        parentDataProperty: "entityDisplayName",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.messageType !== undefined) {
      if (!validate63(data.messageType, {
        instancePath: instancePath + "/messageType",
        parentData: data,
        parentDataProperty: "messageType",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.monitoringTool !== undefined) {
      if (!validate63(data.monitoringTool, {
        instancePath: instancePath + "/monitoringTool",
        parentData: data,
        parentDataProperty: "monitoringTool",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.routingKey !== undefined) {
      if (!validate25(data.routingKey, {
        instancePath: instancePath + "/routingKey",
        parentData: data,
        parentDataProperty: "routingKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.stateMessage !== undefined) {
      if (!validate63(data.stateMessage, {
        instancePath: instancePath + "/stateMessage",
        parentData: data,
        parentDataProperty: "stateMessage",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate422.errors = vErrors;
  return errors === 0;
}
function validate421(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate422(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate422.errors : vErrors.concat(validate422.errors);
        errors = vErrors.length;
      }
    }
  }
  validate421.errors = vErrors;
  return errors === 0;
}
const schema110 = {
  "items": {
    "$ref": "tnZdG0xR1HZ34LmN0v3UN4OkA1ItOdSVZgVZRrdG2s"
  },
  "type": "array",
  "nullable": true
};
const schema111 = {
  "properties": {
    "apiURL": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "message": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "roomID": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "required": ["roomID"],
  "type": "object"
};
function validate436(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.roomID === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "roomID"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiURL !== undefined) {
      if (!validate100(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate29(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.roomID !== undefined) {
      if (!validate25(data.roomID, {
        instancePath: instancePath + "/roomID",
        parentData: data,
        parentDataProperty: "roomID",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate436.errors = vErrors;
  return errors === 0;
}
function validate435(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate436(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate436.errors : vErrors.concat(validate436.errors);
        errors = vErrors.length;
      }
    }
  }
  validate435.errors = vErrors;
  return errors === 0;
}
const schema112 = {
  "items": {
    "$ref": "7UMDQr5fbulzbp2XsO3Hfu3hIqSzW7CNNW6buL6y8dQ"
  },
  "type": "array",
  "nullable": true
};
const schema113 = {
  "properties": {
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "maxAlerts": {
      "$ref": "w5IhIKa86RwAovE05iaUbTTyUvDPPwDIMFk2QbV9s2w"
    },
    "payload": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "timeout": {
      "$ref": "s4368J1Po1hpirjHVz6uHu3KroTfSX97iYlqXfJrWY"
    },
    "url": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "urlSecret": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    }
  },
  "type": "object"
};
const schema114 = {
  "format": "int32",
  "type": "integer",
  "minimum": 0,
  "nullable": true
};
const formats4 = formats.int32;
function validate447(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data < 0 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/minimum",
        keyword: "minimum",
        params: {
          comparison: ">=",
          limit: 0
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!formats4.validate(data)) {
      const err2 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int32"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate447.errors = vErrors;
  return errors === 0;
}
function validate445(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxAlerts !== undefined) {
      if (!validate447(data.maxAlerts, {
        instancePath: instancePath + "/maxAlerts",
        parentData: data,
        parentDataProperty: "maxAlerts",
        rootData
      })) {
        vErrors = vErrors === null ? validate447.errors : vErrors.concat(validate447.errors);
        errors = vErrors.length;
      }
    }
    if (data.payload !== undefined) {
      if (!validate63(data.payload, {
        instancePath: instancePath + "/payload",
        parentData: data,
        parentDataProperty: "payload",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== undefined) {
      if (!validate107(data.timeout, {
        instancePath: instancePath + "/timeout",
        parentData: data,
        parentDataProperty: "timeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate29(data.url, {
        instancePath: instancePath + "/url",
        parentData: data,
        parentDataProperty: "url",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.urlSecret !== undefined) {
      if (!validate36(data.urlSecret, {
        instancePath: instancePath + "/urlSecret",
        parentData: data,
        parentDataProperty: "urlSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate445.errors = vErrors;
  return errors === 0;
}
function validate444(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate445(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate445.errors : vErrors.concat(validate445.errors);
        errors = vErrors.length;
      }
    }
  }
  validate444.errors = vErrors;
  return errors === 0;
}
const schema115 = {
  "items": {
    "$ref": "qxJrYil9ngzSaSfBt7ROjtg3Hhw0Ly4AnfETBydH1g"
  },
  "type": "array",
  "nullable": true
};
const schema116 = {
  "properties": {
    "agentID": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "apiSecret": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "apiURL": {
      "$ref": "tCY3Y9SYXD3ktnrXeF7LZ20LZlrIBOn5u6TV8Uec"
    },
    "corpID": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "httpConfig": {
      "$ref": "QfWuBcolQzanex8jZh1TDazm05o0kDctlz7rVRRI"
    },
    "message": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "messageType": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "sendResolved": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "toParty": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "toTag": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    },
    "toUser": {
      "$ref": "Inr2XDD4R4GQ8ZzE9NKHtLjd7sGtgLPTJ8lF4JyPQ8"
    }
  },
  "type": "object"
};
function validate457(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agentID !== undefined) {
      if (!validate63(data.agentID, {
        instancePath: instancePath + "/agentID",
        parentData: data,
        parentDataProperty: "agentID",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.apiSecret !== undefined) {
      if (!validate36(data.apiSecret, {
        instancePath: instancePath + "/apiSecret",
        parentData: data,
        parentDataProperty: "apiSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.apiURL !== undefined) {
      if (!validate100(data.apiURL, {
        instancePath: instancePath + "/apiURL",
        parentData: data,
        parentDataProperty: "apiURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.corpID !== undefined) {
      if (!validate63(data.corpID, {
        instancePath: instancePath + "/corpID",
        parentData: data,
        parentDataProperty: "corpID",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpConfig !== undefined) {
      if (!validate64(data.httpConfig, {
        instancePath: instancePath + "/httpConfig",
        parentData: data,
        parentDataProperty: "httpConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate63(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.messageType !== undefined) {
      if (!validate63(data.messageType, {
        instancePath: instancePath + "/messageType",
        parentData: data,
        parentDataProperty: "messageType",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendResolved !== undefined) {
      if (!validate27(data.sendResolved, {
        instancePath: instancePath + "/sendResolved",
        parentData: data,
        parentDataProperty: "sendResolved",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.toParty !== undefined) {
      if (!validate63(data.toParty, {
        instancePath: instancePath + "/toParty",
        parentData: data,
        parentDataProperty: "toParty",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.toTag !== undefined) {
      if (!validate63(data.toTag, {
        instancePath: instancePath + "/toTag",
        parentData: data,
        parentDataProperty: "toTag",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.toUser !== undefined) {
      if (!validate63(data.toUser, {
        instancePath: instancePath + "/toUser",
        parentData: data,
        parentDataProperty: "toUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate457.errors = vErrors;
  return errors === 0;
}
function validate456(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate457(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate457.errors : vErrors.concat(validate457.errors);
        errors = vErrors.length;
      }
    }
  }
  validate456.errors = vErrors;
  return errors === 0;
}
function validate161(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.discordConfigs !== undefined) {
      if (!validate162(data.discordConfigs, {
        instancePath: instancePath + "/discordConfigs",
        parentData: data,
        parentDataProperty: "discordConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
        errors = vErrors.length;
      }
    }
    if (data.emailConfigs !== undefined) {
      if (!validate174(data.emailConfigs, {
        instancePath: instancePath + "/emailConfigs",
        parentData: data,
        parentDataProperty: "emailConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
        errors = vErrors.length;
      }
    }
    if (data.msteamsConfigs !== undefined) {
      if (!validate197(data.msteamsConfigs, {
        instancePath: instancePath + "/msteamsConfigs",
        parentData: data,
        parentDataProperty: "msteamsConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);
        errors = vErrors.length;
      }
    }
    if (data.msteamsv2Configs !== undefined) {
      if (!validate207(data.msteamsv2Configs, {
        instancePath: instancePath + "/msteamsv2Configs",
        parentData: data,
        parentDataProperty: "msteamsv2Configs",
        rootData
      })) {
        vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate25(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.opsgenieConfigs !== undefined) {
      if (!validate217(data.opsgenieConfigs, {
        instancePath: instancePath + "/opsgenieConfigs",
        parentData: data,
        parentDataProperty: "opsgenieConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate217.errors : vErrors.concat(validate217.errors);
        errors = vErrors.length;
      }
    }
    if (data.pagerdutyConfigs !== undefined) {
      if (!validate243(data.pagerdutyConfigs, {
        instancePath: instancePath + "/pagerdutyConfigs",
        parentData: data,
        parentDataProperty: "pagerdutyConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
        errors = vErrors.length;
      }
    }
    if (data.pushoverConfigs !== undefined) {
      if (!validate274(data.pushoverConfigs, {
        instancePath: instancePath + "/pushoverConfigs",
        parentData: data,
        parentDataProperty: "pushoverConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate274.errors : vErrors.concat(validate274.errors);
        errors = vErrors.length;
      }
    }
    if (data.rocketchatConfigs !== undefined) {
      if (!validate296(data.rocketchatConfigs, {
        instancePath: instancePath + "/rocketchatConfigs",
        parentData: data,
        parentDataProperty: "rocketchatConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
        errors = vErrors.length;
      }
    }
    if (data.slackConfigs !== undefined) {
      if (!validate330(data.slackConfigs, {
        instancePath: instancePath + "/slackConfigs",
        parentData: data,
        parentDataProperty: "slackConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate330.errors : vErrors.concat(validate330.errors);
        errors = vErrors.length;
      }
    }
    if (data.snsConfigs !== undefined) {
      if (!validate382(data.snsConfigs, {
        instancePath: instancePath + "/snsConfigs",
        parentData: data,
        parentDataProperty: "snsConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate382.errors : vErrors.concat(validate382.errors);
        errors = vErrors.length;
      }
    }
    if (data.telegramConfigs !== undefined) {
      if (!validate405(data.telegramConfigs, {
        instancePath: instancePath + "/telegramConfigs",
        parentData: data,
        parentDataProperty: "telegramConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate405.errors : vErrors.concat(validate405.errors);
        errors = vErrors.length;
      }
    }
    if (data.victoropsConfigs !== undefined) {
      if (!validate421(data.victoropsConfigs, {
        instancePath: instancePath + "/victoropsConfigs",
        parentData: data,
        parentDataProperty: "victoropsConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate421.errors : vErrors.concat(validate421.errors);
        errors = vErrors.length;
      }
    }
    if (data.webexConfigs !== undefined) {
      if (!validate435(data.webexConfigs, {
        instancePath: instancePath + "/webexConfigs",
        parentData: data,
        parentDataProperty: "webexConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate435.errors : vErrors.concat(validate435.errors);
        errors = vErrors.length;
      }
    }
    if (data.webhookConfigs !== undefined) {
      if (!validate444(data.webhookConfigs, {
        instancePath: instancePath + "/webhookConfigs",
        parentData: data,
        parentDataProperty: "webhookConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate444.errors : vErrors.concat(validate444.errors);
        errors = vErrors.length;
      }
    }
    if (data.wechatConfigs !== undefined) {
      if (!validate456(data.wechatConfigs, {
        instancePath: instancePath + "/wechatConfigs",
        parentData: data,
        parentDataProperty: "wechatConfigs",
        rootData
      })) {
        vErrors = vErrors === null ? validate456.errors : vErrors.concat(validate456.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate161.errors = vErrors;
  return errors === 0;
}
function validate160(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate161(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
        errors = vErrors.length;
      }
    }
  }
  validate160.errors = vErrors;
  return errors === 0;
}
const schema117 = {
  "properties": {
    "activeTimeIntervals": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "continue": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "groupBy": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "groupInterval": {
      "$ref": "0n2mKo3e9UNSdp1Jk88Qx518eGhkmS5aj392T6ZY55w"
    },
    "groupWait": {
      "$ref": "0n2mKo3e9UNSdp1Jk88Qx518eGhkmS5aj392T6ZY55w"
    },
    "matchers": {
      "$ref": "5IGdYI0OKIfcQIDnWJZigWWN6D5p5BAbi9Cbr4avI"
    },
    "muteTimeIntervals": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "receiver": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "repeatInterval": {
      "$ref": "0n2mKo3e9UNSdp1Jk88Qx518eGhkmS5aj392T6ZY55w"
    },
    "routes": {
      "$ref": "4vimpaSaAcbaKw1RJxomsTbhIAjB9v0THuEAuAyUcc"
    }
  },
  "type": "object",
  "nullable": true
};
const schema38 = {
  "minLength": 1,
  "pattern": "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$",
  "type": "string",
  "nullable": true
};
function validate108(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minLength",
        keyword: "minLength",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern5.test(data)) {
      const err2 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate108.errors = vErrors;
  return errors === 0;
}
const schema118 = {
  "items": {
    "$ref": "PV5SIH4Pb4Rd3cOKB0TmpocWXJ4M8i9zrFifAtVgtUQ"
  },
  "type": "array",
  "nullable": true
};
const schema119 = {};
function validate484(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  validate484.errors = null;
  return true;
}
function validate483(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate484(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate484.errors : vErrors.concat(validate484.errors);
        errors = vErrors.length;
      }
    }
  }
  validate483.errors = vErrors;
  return errors === 0;
}
function validate473(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.activeTimeIntervals !== undefined) {
      if (!validate44(data.activeTimeIntervals, {
        instancePath: instancePath + "/activeTimeIntervals",
        parentData: data,
        parentDataProperty: "activeTimeIntervals",
        rootData
      })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.continue !== undefined) {
      if (!validate27(data.continue, {
        instancePath: instancePath + "/continue",
        parentData: data,
        parentDataProperty: "continue",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.groupBy !== undefined) {
      if (!validate44(data.groupBy, {
        instancePath: instancePath + "/groupBy",
        parentData: data,
        parentDataProperty: "groupBy",
        rootData
      })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.groupInterval !== undefined) {
      if (!validate108(data.groupInterval, {
        instancePath: instancePath + "/groupInterval",
        parentData: data,
        parentDataProperty: "groupInterval",
        rootData
      })) {
        vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
        errors = vErrors.length;
      }
    }
    if (data.groupWait !== undefined) {
      if (!validate108(data.groupWait, {
        instancePath: instancePath + "/groupWait",
        parentData: data,
        parentDataProperty: "groupWait",
        rootData
      })) {
        vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchers !== undefined) {
      if (!validate21(data.matchers, {
        instancePath: instancePath + "/matchers",
        parentData: data,
        parentDataProperty: "matchers",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.muteTimeIntervals !== undefined) {
      if (!validate44(data.muteTimeIntervals, {
        instancePath: instancePath + "/muteTimeIntervals",
        parentData: data,
        parentDataProperty: "muteTimeIntervals",
        rootData
      })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.receiver !== undefined) {
      if (!validate29(data.receiver, {
        instancePath: instancePath + "/receiver",
        parentData: data,
        parentDataProperty: "receiver",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.repeatInterval !== undefined) {
      if (!validate108(data.repeatInterval, {
        instancePath: instancePath + "/repeatInterval",
        parentData: data,
        parentDataProperty: "repeatInterval",
        rootData
      })) {
        vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
        errors = vErrors.length;
      }
    }
    if (data.routes !== undefined) {
      if (!validate483(data.routes, {
        instancePath: instancePath + "/routes",
        parentData: data,
        parentDataProperty: "routes",
        rootData
      })) {
        vErrors = vErrors === null ? validate483.errors : vErrors.concat(validate483.errors);
        errors = vErrors.length;
      }
    }
  }
  validate473.errors = vErrors;
  return errors === 0;
}
function validate119(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.inhibitRules !== undefined) {
      if (!validate120(data.inhibitRules, {
        instancePath: instancePath + "/inhibitRules",
        parentData: data,
        parentDataProperty: "inhibitRules",
        rootData
      })) {
        vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
        errors = vErrors.length;
      }
    }
    if (data.muteTimeIntervals !== undefined) {
      if (!validate127(data.muteTimeIntervals, {
        instancePath: instancePath + "/muteTimeIntervals",
        parentData: data,
        parentDataProperty: "muteTimeIntervals",
        rootData
      })) {
        vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
        errors = vErrors.length;
      }
    }
    if (data.receivers !== undefined) {
      if (!validate160(data.receivers, {
        instancePath: instancePath + "/receivers",
        parentData: data,
        parentDataProperty: "receivers",
        rootData
      })) {
        vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
        errors = vErrors.length;
      }
    }
    if (data.route !== undefined) {
      if (!validate473(data.route, {
        instancePath: instancePath + "/route",
        parentData: data,
        parentDataProperty: "route",
        rootData
      })) {
        vErrors = vErrors === null ? validate473.errors : vErrors.concat(validate473.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate119.errors = vErrors;
  return errors === 0;
}
const schema120 = {
  "properties": {
    "bindings": {
      "$ref": "CpGXN9oD2k7RTk9db4UMe0YpKikc78nukfiUkfJQq2Q"
    }
  },
  "type": "object",
  "nullable": true
};
const schema121 = {
  "items": {
    "$ref": "N9R8fE9BDeONwy0yLDhFUSlQIXTa2NBKPgaAKf6fwFw"
  },
  "type": "array",
  "nullable": true
};
const schema122 = {
  "properties": {
    "conditions": {
      "$ref": "nT6wUXxJnLibuu6JNEUs4Szx9PfEpzURH33dy3kpls4"
    },
    "group": {
      "$ref": "S7JQqSqVc5OUkePQFncU7OdxBdtuL30MjCj4aDDTyw"
    },
    "name": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "namespace": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "resource": {
      "$ref": "nKwkzazBwgfl2oQVEkjnRX5MP96gHX402KSuJRKeV8"
    }
  },
  "required": ["group", "name", "namespace", "resource"],
  "type": "object"
};
const schema123 = {
  "items": {
    "$ref": "Lff6xgQg7vIyPmzywfgZqKvKG846yULyDHGkCFOtU"
  },
  "type": "array",
  "nullable": true
};
const schema124 = {
  "properties": {
    "lastTransitionTime": {
      "$ref": "KrhXBWKB1pK8JptMQRXbBg5co4bpZWZnIUkdeEo37wY"
    },
    "message": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "observedGeneration": {
      "$ref": "NW88HfrvS38u8Yy207QW6S7qFs2gsa0jBgSYGvqPw"
    },
    "reason": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "status": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "type": {
      "$ref": "9qzZ6FXK19wzkCJrXZi8ZFECpaQkd2iqlkS5ZBgDvlo"
    }
  },
  "required": ["lastTransitionTime", "status", "type"],
  "type": "object"
};
const schema125 = {
  "format": "date-time",
  "type": "string"
};
const formats6 = formats["date-time"];
function validate494(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!formats6.validate(data)) {
      const err0 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "date-time"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate494.errors = vErrors;
  return errors === 0;
}
const schema126 = {
  "enum": ["Accepted"],
  "minLength": 1,
  "type": "string"
};
function validate500(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "Accepted")) {
    const err0 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema126.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minLength",
        keyword: "minLength",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate500.errors = vErrors;
  return errors === 0;
}
function validate493(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lastTransitionTime === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "lastTransitionTime"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "status"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "type"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.lastTransitionTime !== undefined) {
      if (!validate494(data.lastTransitionTime, {
        instancePath: instancePath + "/lastTransitionTime",
        parentData: data,
        parentDataProperty: "lastTransitionTime",
        rootData
      })) {
        vErrors = vErrors === null ? validate494.errors : vErrors.concat(validate494.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate29(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.observedGeneration !== undefined) {
      if (!validate109(data.observedGeneration, {
        instancePath: instancePath + "/observedGeneration",
        parentData: data,
        parentDataProperty: "observedGeneration",
        rootData
      })) {
        vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
        errors = vErrors.length;
      }
    }
    if (data.reason !== undefined) {
      if (!validate29(data.reason, {
        instancePath: instancePath + "/reason",
        parentData: data,
        parentDataProperty: "reason",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== undefined) {
      if (!validate25(data.status, {
        instancePath: instancePath + "/status",
        parentData: data,
        parentDataProperty: "status",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== undefined) {
      if (!validate500(data.type, {
        instancePath: instancePath + "/type",
        parentData: data,
        parentDataProperty: "type",
        rootData
      })) {
        vErrors = vErrors === null ? validate500.errors : vErrors.concat(validate500.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate493.errors = vErrors;
  return errors === 0;
}
function validate492(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate493(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate493.errors : vErrors.concat(validate493.errors);
        errors = vErrors.length;
      }
    }
  }
  validate492.errors = vErrors;
  return errors === 0;
}
const schema127 = {
  "enum": ["monitoring.coreos.com"],
  "type": "string"
};
function validate504(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "monitoring.coreos.com")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema127.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate504.errors = vErrors;
  return errors === 0;
}
const schema128 = {
  "enum": ["prometheuses", "prometheusagents", "thanosrulers", "alertmanagers"],
  "type": "string"
};
function validate508(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "prometheuses" || data === "prometheusagents" || data === "thanosrulers" || data === "alertmanagers")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema128.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate508.errors = vErrors;
  return errors === 0;
}
function validate491(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.group === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "group"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.namespace === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "namespace"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.resource === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "resource"
        }
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.conditions !== undefined) {
      if (!validate492(data.conditions, {
        instancePath: instancePath + "/conditions",
        parentData: data,
        parentDataProperty: "conditions",
        rootData
      })) {
        vErrors = vErrors === null ? validate492.errors : vErrors.concat(validate492.errors);
        errors = vErrors.length;
      }
    }
    if (data.group !== undefined) {
      if (!validate504(data.group, {
        instancePath: instancePath + "/group",
        parentData: data,
        parentDataProperty: "group",
        rootData
      })) {
        vErrors = vErrors === null ? validate504.errors : vErrors.concat(validate504.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate25(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespace !== undefined) {
      if (!validate25(data.namespace, {
        instancePath: instancePath + "/namespace",
        parentData: data,
        parentDataProperty: "namespace",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.resource !== undefined) {
      if (!validate508(data.resource, {
        instancePath: instancePath + "/resource",
        parentData: data,
        parentDataProperty: "resource",
        rootData
      })) {
        vErrors = vErrors === null ? validate508.errors : vErrors.concat(validate508.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate491.errors = vErrors;
  return errors === 0;
}
function validate490(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate491(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate491.errors : vErrors.concat(validate491.errors);
        errors = vErrors.length;
      }
    }
  }
  validate490.errors = vErrors;
  return errors === 0;
}
function validate489(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.bindings !== undefined) {
      if (!validate490(data.bindings, {
        instancePath: instancePath + "/bindings",
        parentData: data,
        parentDataProperty: "bindings",
        rootData
      })) {
        vErrors = vErrors === null ? validate490.errors : vErrors.concat(validate490.errors);
        errors = vErrors.length;
      }
    }
  }
  validate489.errors = vErrors;
  return errors === 0;
}
function validate110(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  /*# sourceURL="monitoring.coreos.com.v1alpha1.AlertmanagerConfig" */;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "spec"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiVersion === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "apiVersion"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "kind"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.apiVersion !== undefined) {
      if (!validate111(data.apiVersion, {
        instancePath: instancePath + "/apiVersion",
        parentData: data,
        parentDataProperty: "apiVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.kind !== undefined) {
      if (!validate113(data.kind, {
        instancePath: instancePath + "/kind",
        parentData: data,
        parentDataProperty: "kind",
        rootData
      })) {
        vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadata !== undefined) {
      if (!validate115(data.metadata, {
        instancePath: instancePath + "/metadata",
        parentData: data,
        parentDataProperty: "metadata",
        rootData
      })) {
        vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== undefined) {
      if (!validate119(data.spec, {
        instancePath: instancePath + "/spec",
        parentData: data,
        parentDataProperty: "spec",
        rootData
      })) {
        vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== undefined) {
      if (!validate489(data.status, {
        instancePath: instancePath + "/status",
        parentData: data,
        parentDataProperty: "status",
        rootData
      })) {
        vErrors = vErrors === null ? validate489.errors : vErrors.concat(validate489.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate110.errors = vErrors;
  return errors === 0;
}