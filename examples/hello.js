console.log("Hello from Sable!");
